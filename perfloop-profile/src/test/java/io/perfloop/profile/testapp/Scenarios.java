package io.perfloop.profile.testapp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A small program with each bottleneck as its own "endpoint" next to its harmless twin, run in
 * phases so the profile of each endpoint holds only its own work. Arguments: the journal file and
 * a comma-separated list of phases (or {@code all}).
 */
public final class Scenarios {
    private Scenarios() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = new Journal(Path.of(args[0]));
        Set<String> phases = Set.of(args[1].split(","));
        boolean all = phases.contains("all");
        if (all || phases.contains("cpu")) {
            journal.measuredRequest("hot-loop", () -> HotLoop.spin(1_000_000_000L));
            for (int i = 0; i < 3; i++) {
                journal.request("waiting", () -> Sleep.of(120));
            }
        }
        if (phases.contains("two-spinners")) {
            // two threads that both want a whole CPU: on one CPU each gets half, and JFR reports each at load 0.5
            onThreads(2, i -> journal.measuredRequest("spinner", () -> HotLoop.spin(2_500_000_000L)), 1);
        }
        if (phases.contains("sines")) {
            journal.measuredRequest("sines", () -> HotLoop.sines(1_500_000_000L));
        }
        if (all || phases.contains("alloc")) {
            for (int i = 0; i < 15; i++) {
                journal.request("big-report", () -> Allocations.renderReport(4096));
                journal.request("small-sum", () -> Allocations.sumReport(4096));
            }
        }
        if (all || phases.contains("locks")) {
            onThreads(3, i -> journal.request("contended-monitor", () -> Locks.guardedSleep(15)), 6);
            onThreads(3, i -> journal.request("contended-lock", () -> Locks.lockedSleep(15)), 6);
            onThreads(1, i -> journal.request("uncontended-monitor", () -> Locks.guardedSleep(15)), 6);
        }
        if (all || phases.contains("loops")) {
            try (SlowServer slow = new SlowServer(60)) {
                onNamedThread("nioEventLoopGroup-3-1", 4, () -> journal.request("loop-blocking", slow::call));
                onNamedThread("worker-1", 4, () -> journal.request("worker-blocking", slow::call));
                onNamedThread("nioEventLoopGroup-3-2", 20, () -> journal.request("loop-nonblocking", () -> Allocations.sumReport(64)));
            }
        }
        if (all || phases.contains("gc")) {
            journal.request("gc-churn", () -> GcChurn.churn(1_500));
            for (int i = 0; i < 3; i++) {
                journal.request("quiet", () -> Sleep.of(100));
            }
        }
        if (phases.contains("pinning") && Runtime.version().feature() >= 21) {
            VirtualThreads.run(() -> journal.request("pinned", () -> touch(SlowInit.LOADED)));
            Object monitor = new Object();
            VirtualThreads.run(() -> journal.request("synchronized-sleep", () -> {
                synchronized (monitor) {
                    Sleep.of(150);
                }
            }));
        }
    }

    private static long touched;

    private static void touch(long value) {
        touched += value;
    }

    private interface Indexed {
        void run(int i);
    }

    private static void onThreads(int threads, Indexed request, int requestsPerThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int r = 0; r < requestsPerThread; r++) {
                    request.run(r);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** Runs tasks on a single thread with the given name, the way an event loop runs its tasks. */
    private static void onNamedThread(String name, int tasks, Runnable task) throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
        for (int i = 0; i < tasks; i++) {
            loop.submit(task).get();
        }
        loop.shutdown();
        loop.awaitTermination(10, TimeUnit.SECONDS);
    }
}
