package io.perfloop.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import io.perfloop.core.run.Run;
import io.perfloop.load.LoadTest;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.testing.Logs;
import io.perfloop.load.testing.Options;
import io.perfloop.load.testing.TestServer;

/** A log replayed against a real server arrives with the log's own spacing (scaled by the speed factor). */
class ReplaySpacingTest {
    @TempDir
    Path dir;

    /** Irregular gaps, including a burst and a long pause, in milliseconds after the first request. */
    static final long[] OFFSETS = {0, 40, 45, 50, 300, 310, 700, 710, 720, 730, 1200, 1500};

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"nio, 1", "nio, 2", "jetty, 1", "jdk, 1"})
    void arrivalsKeepTheLogsSpacing(String client, double speed) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < OFFSETS.length; i++) {
            lines.add(Logs.msec(Logs.T0 + OFFSETS[i], "GET", "/items/" + i));
        }
        Path log = Logs.write(dir, "access.log", lines);
        try (TestServer server = TestServer.ok()) {
            Run run = LoadTest.of(Options.of(log).format(Logs.MSEC_FORMAT).target(server.url()).speed(speed)
                    .client(client).build()).run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir);

            List<TestServer.Arrival> arrivals = server.arrivals();
            assertThat(arrivals).hasSize(OFFSETS.length);
            // anchor: the median of (arrival - intended offset), so one late request cannot shift all others
            double[] lag = new double[OFFSETS.length];
            for (int i = 0; i < OFFSETS.length; i++) {
                int index = Integer.parseInt(arrivals.get(i).uri().substring("/items/".length()));
                lag[index] = arrivals.get(i).nanos() / 1e6 - OFFSETS[index] / speed;
            }
            double anchor = java.util.Arrays.stream(lag).sorted().toArray()[OFFSETS.length / 2];
            // 60 ms: CI shares 2 cores with other builds (load average above 10 seen); a replay that ignored
            // the spacing or the speed would be off by 300-1500 ms
            for (int i = 0; i < OFFSETS.length; i++) {
                assertThat(lag[i] - anchor).as("arrival of /items/%d relative to its intended offset (ms)", i)
                        .isCloseTo(0.0, org.assertj.core.data.Offset.offset(60.0));
            }
            assertThat(run.overall().requests()).isEqualTo(OFFSETS.length);
            assertThat(run.endpoints()).extracting(e -> e.name()).containsExactly("GET /items/{id}");
        }
    }
}
