package io.perfloop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.perfloop.core.run.Run;
import io.perfloop.load.engine.ProgressListener;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.testing.Logs;
import io.perfloop.load.testing.Options;
import io.perfloop.load.testing.TestServer;

class LoadTestTest {
    @TempDir
    Path dir;

    @Test
    void emptyLogIsAClearError() throws Exception {
        Path log = Files.createFile(dir.resolve("access.log"));
        LoadTest test = LoadTest.of(Options.of(log).target("http://127.0.0.1:1").build());
        assertThatThrownBy(() -> test.run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir))
                .isInstanceOf(EmptyWorkloadException.class).hasMessage(log + ": no requests (the file is empty)");
        assertThatThrownBy(() -> test.dryRun(SourceProblems.counting())).isInstanceOf(EmptyWorkloadException.class);
    }

    @Test
    void logOfOnlyMalformedLinesIsAClearError() throws Exception {
        Path log = Logs.write(dir, "access.log", List.of("nonsense", "", "more nonsense"));
        assertThatThrownBy(() -> LoadTest.of(Options.of(log).target("http://127.0.0.1:1").build())
                .run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir))
                .hasMessage(log + ": no valid requests (2 malformed records skipped)");
    }

    @Test
    void dryRunPredictsCountDurationAndPeak() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(Logs.combined(Logs.T0, "GET", "/orders/" + i, 200));
        }
        for (int i = 0; i < 30; i++) {
            lines.add(Logs.combined(Logs.T0 + 1000, "GET", "/health", 200));
        }
        lines.add("broken line");
        for (int i = 0; i < 5; i++) {
            lines.add(Logs.combined(Logs.T0 + 3000, "POST", "/orders", 201));
        }
        Path log = Logs.write(dir, "access.log", lines);

        DryRunReport report = LoadTest.of(Options.of(log).target("http://x").build()).dryRun(SourceProblems.counting());
        assertThat(report.requests()).isEqualTo(45);
        assertThat(report.peakPerSecond()).isEqualTo(30);
        assertThat(report.busiestSecond()).isEqualTo(1);
        assertThat(report.durationNanos()).isEqualTo(3_800_000_000L); // last of 5 spread over second 3
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.topEndpoints()).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("GET /health=30", "GET /orders/{id}=10", "POST /orders=5");

        DryRunReport fast = LoadTest.of(Options.of(log).target("http://x").speed(2).build())
                .dryRun(SourceProblems.counting());
        assertThat(fast.durationNanos()).isEqualTo(1_900_000_000L);
        assertThat(fast.peakPerSecond()).isEqualTo(40); // at 2x, log seconds 0 and 1 fall into one second
    }

    @Test
    void openModelDryRunAtFixedRate() throws Exception {
        Path targets = Logs.write(dir, "t.targets", List.of("GET /a", "GET /b"));
        DryRunReport r = LoadTest.of(Options.of(targets).target("http://x").rate(50).durationMillis(4000).build())
                .dryRun(SourceProblems.counting());
        assertThat(r.requests()).isEqualTo(200);
        assertThat(r.peakPerSecond()).isEqualTo(50);
        assertThat(r.topEndpoints()).extracting(e -> e.getValue()).containsExactly(100L, 100L);
    }

    @Test
    void closedModelKeepsConcurrencyAndCount() throws Exception {
        Path targets = Logs.write(dir, "t.targets", List.of("GET /a", "GET /b", "GET /c"));
        try (TestServer server = TestServer.start(8, (n, m, p) -> {
            Thread.sleep(2);
            return TestServer.Response.ok();
        })) {
            Run run = LoadTest.of(Options.of(targets).target(server.url()).concurrency(4).maxRequests(300).build())
                    .run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir);
            assertThat(run.overall().requests()).isEqualTo(300);
            assertThat(server.requests()).isEqualTo(300);
            assertThat(server.maxInFlight()).isBetween(2, 4);
            assertThat(run.endpoints()).hasSize(3);
            assertThat(run.workload().model()).isEqualTo("closed");
        }
    }
}
