package io.perfloop.benchmarks.profile;

import io.perfloop.profile.analysis.RequestInterval;
import io.perfloop.profile.record.InProcessRecording;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.record.RecordingOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes a large, realistic recording to analyse: worker threads serving "requests" of four kinds
 * through stacks 10–70 frames deep, allocating, contending for a monitor and handing work over a
 * queue, recorded by perfloop itself with async-profiler sampling every millisecond, allocation
 * samples at up to 20,000/s and every monitor enter and park recorded (threshold 1 ns). The
 * request intervals are kept beside the recordings, so the analysis can also be measured with
 * the per-endpoint join.
 *
 * <pre>
 * java -cp "$CP" io.perfloop.benchmarks.profile.LargeRecording target/large-recording 45
 * </pre>
 */
public final class LargeRecording {
    private static final String[] ENDPOINTS = {"GET /orders", "GET /orders/{id}", "POST /orders", "GET /report"};
    private static final Object MONITOR = new Object();
    private static volatile long sink;

    private LargeRecording() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/large-recording");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 45;
        RecordingFiles files = record(dir, Duration.ofSeconds(seconds));
        System.out.println("recorded " + files.paths() + " and " + dir.resolve("requests.tsv"));
    }

    /** Records the workload for {@code duration} into {@code dir} (cpu.jfr, profile.jfr, requests.tsv). */
    public static RecordingFiles record(Path dir, Duration duration) throws Exception {
        RecordingOptions options = new RecordingOptions(io.perfloop.profile.record.CpuSampler.ASYNC_PROFILER,
                Duration.ofMillis(1), Duration.ofNanos(1), Duration.ofMillis(1), 20_000);
        List<List<RequestInterval>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        SynchronousQueue<Long> handoff = new SynchronousQueue<>();
        long end = System.nanoTime() + duration.toNanos();
        RecordingFiles files;
        try (InProcessRecording rec = InProcessRecording.start(dir, options)) {
            for (int t = 0; t < 4; t++) {
                List<RequestInterval> mine = new ArrayList<>();
                perThread.add(mine);
                Thread worker = new Thread(() -> serve(mine, handoff, end), "worker-" + t);
                threads.add(worker);
                worker.start();
            }
            Thread consumer = new Thread(() -> consume(handoff, end), "consumer");
            consumer.setDaemon(true);
            consumer.start();
            for (Thread t : threads) {
                t.join();
            }
            files = rec.stop();
        }
        StringBuilder tsv = new StringBuilder();
        for (List<RequestInterval> list : perThread) {
            for (RequestInterval r : list) {
                tsv.append(r.endpoint()).append('\t').append(r.threadId()).append('\t').append(r.threadName()).append('\t')
                        .append(r.startEpochNanos()).append('\t').append(r.endEpochNanos()).append('\n');
            }
        }
        Files.writeString(dir.resolve("requests.tsv"), tsv, StandardCharsets.UTF_8);
        return files;
    }

    /** The request intervals written beside a recording. */
    public static List<RequestInterval> requests(Path dir) throws IOException {
        List<RequestInterval> list = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("requests.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            list.add(new RequestInterval(f[0], Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Long.parseLong(f[4])));
        }
        return list;
    }

    private static void serve(List<RequestInterval> intervals, SynchronousQueue<Long> handoff, long end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            int kind = random.nextInt(ENDPOINTS.length);
            long start = now();
            for (int op = 0; op < 20; op++) { // one request: twenty operations, mostly of its own kind
                descend(random.nextInt(4) == 0 ? random.nextInt(ENDPOINTS.length) : kind, 10 + random.nextInt(60), handoff);
            }
            intervals.add(new RequestInterval(ENDPOINTS[kind], Thread.currentThread().getId(), Thread.currentThread().getName(), start, now()));
        }
    }

    private static void descend(int kind, int depth, SynchronousQueue<Long> handoff) {
        if (depth > 0) {
            if (depth % 3 == 0) {
                viaA(kind, depth - 1, handoff);
            } else {
                viaB(kind, depth - 1, handoff);
            }
            return;
        }
        switch (kind) {
            case 0 -> compute(20_000);
            case 1 -> allocate(64);
            case 2 -> contend();
            default -> hand(handoff);
        }
    }

    private static void viaA(int kind, int depth, SynchronousQueue<Long> handoff) {
        descend(kind, depth, handoff);
    }

    private static void viaB(int kind, int depth, SynchronousQueue<Long> handoff) {
        descend(kind, depth, handoff);
    }

    private static void compute(int n) {
        long x = n;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink += x;
    }

    private static void allocate(int kb) {
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < kb; i++) {
            chunks.add(new byte[1024]);
        }
        sink += chunks.size();
    }

    private static void contend() {
        synchronized (MONITOR) {
            compute(2_000);
        }
    }

    private static void hand(SynchronousQueue<Long> handoff) {
        try {
            handoff.put(System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void consume(SynchronousQueue<Long> handoff, long end) {
        try {
            while (true) {
                sink += handoff.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long now() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
