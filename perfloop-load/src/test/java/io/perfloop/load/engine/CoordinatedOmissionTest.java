package io.perfloop.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.Run;
import io.perfloop.load.LoadTest;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.testing.Logs;
import io.perfloop.load.testing.Options;
import io.perfloop.load.testing.TestServer;

/**
 * The wrk2 experiment: a server that freezes for 1 s once (like a GC pause) while the generator holds one
 * connection. Every request that should have started during the freeze waited; corrected latency shows
 * it, service time (what a closed-loop tool reports) hides it in a single outlier.
 */
class CoordinatedOmissionTest {
    @TempDir
    Path dir;

    @Test
    void stallShowsInCorrectedLatencyOnly() throws Exception {
        Path targets = Logs.write(dir, "t.targets", List.of("GET /ping"));
        try (TestServer server = TestServer.start(1, (n, m, p) -> {
            if (n == 150) {
                Thread.sleep(1000);
            }
            return TestServer.Response.ok();
        })) {
            Run run = LoadTest.of(Options.of(targets).target(server.url()).rate(200).durationMillis(3000)
                    .connections(1).build()).run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir);

            EndpointResult all = run.overall();
            assertThat(all.requests()).isBetween(590L, 600L);
            assertThat(all.errors()).isZero();
            // ~200 requests were due during the freeze: the slowest decile waited 0.7-1 s
            assertThat(all.corrected().p90()).as("corrected p90 (us)").isGreaterThan(500_000);
            assertThat(all.corrected().max()).as("corrected max (us)").isGreaterThan(950_000);
            // service time sees one slow request out of 600: p99 stays small, only max shows it
            assertThat(all.service().p99()).as("service p99 (us)").isLessThan(100_000);
            assertThat(all.service().max()).as("service max (us)").isGreaterThan(950_000);
            assertThat(run.workload().blocked()).as("requests that waited for the connection").isGreaterThan(100);
            // the series shows the freeze in the second it ended
            assertThat(java.util.Arrays.stream(run.overall().series().samples("p99Ms")).max().orElse(0)).isGreaterThan(500);
        }
    }
}
