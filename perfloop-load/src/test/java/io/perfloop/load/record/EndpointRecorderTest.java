package io.perfloop.load.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.load.http.ErrorKind;

class EndpointRecorderTest {
    /**
     * Many writers with values over six decades while the timer cuts windows: every request is counted
     * exactly once, in the totals and in the per-second windows, and nothing hangs. (The packed-Recorder
     * deadlock that made the change to non-packed recorders showed under the benchmark on one pinned core;
     * this test does not reproduce it in-process, it guards the counting invariants.)
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void concurrentWritersWithGrowingRangeWhileTicking() throws Exception {
        RunRecorder run = new RunRecorder(10);
        EndpointRecorder endpoint = run.endpoint("GET", "GET /x");
        int threads = 8;
        int perThread = 50_000;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (int i = 0; i < perThread; i++) {
                    long latency = (long) Math.pow(10, 3 + r.nextDouble() * 6); // 1 us .. 1000 s in nanos
                    boolean fail = i % 1000 == 0;
                    run.record(endpoint, new Outcome(0, latency / 2, latency, fail ? 0 : 200, 10, 0,
                            fail ? ErrorKind.RESET : null));
                }
            });
            writers.add(w);
            w.start();
        }
        long second = 0;
        while (writers.stream().anyMatch(Thread::isAlive)) {
            run.tick(second++);
            Thread.sleep(5);
        }
        run.tick(second);
        EndpointResult result = run.endpointResults().get(0);
        long total = (long) threads * perThread;
        assertThat(result.requests()).isEqualTo(total);
        assertThat(result.errorsByKind()).containsEntry("reset", (long) threads * (perThread / 1000));
        assertThat(result.corrected().count()).isEqualTo(total - threads * (perThread / 1000));
        assertThat(result.series().samples("requests")).matches(a -> java.util.Arrays.stream(a).sum() == total);
        assertThat(run.overallResult().requests()).isEqualTo(total);
    }
}
