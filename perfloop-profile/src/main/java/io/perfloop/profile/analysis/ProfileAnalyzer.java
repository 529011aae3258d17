package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JFR recordings (JDK Flight Recorder's and async-profiler's) in one streaming pass with
 * {@code jdk.jfr.consumer.RecordingFile} and builds a {@link ProfileAnalysis}. Memory follows the
 * number of distinct stacks, not the number of events.
 *
 * <p>Where an async-profiler recording is among the files, JFR's own execution samples are ignored
 * so no sample counts twice, and async-profiler's threads are named as JFR saw them. A file that cannot be read to its end (truncated, corrupt)
 * does not stop the analysis: what was read is kept and the problem is reported in
 * {@link RecordingSummary#problems()} and {@link ProfileAnalysis#warnings()}. JFR writes a file in
 * self-contained chunks, so every complete chunk before the damage is read (but for its last event:
 * {@code RecordingFile} reads one event ahead and loses it with the failing chunk). A single-chunk
 * file cut short has its metadata at the cut-off end and yields nothing.
 */
public final class ProfileAnalyzer {
    private static final long DEFAULT_INTERVAL_NANOS = 10_000_000;

    private ProfileAnalyzer() {
    }

    /** Analyses {@code files} with default options. */
    public static ProfileAnalysis analyze(List<Path> files) {
        return analyze(files, AnalysisOptions.defaults());
    }

    /**
     * Analyses {@code files}.
     *
     * @throws IllegalArgumentException when no file is given or one does not exist
     */
    public static ProfileAnalysis analyze(List<Path> files, AnalysisOptions options) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no recording to analyse");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no such recording: " + f);
            }
        }
        EventCollector collector = new EventCollector(options);
        List<ReadProblem> problems = new ArrayList<>();
        List<FileInfo> infos = new ArrayList<>();
        for (Path f : files) {
            infos.add(FileInfo.of(f));
        }
        // JFR's files first: they name every thread (OS id -> Java id and name), which async-profiler's
        // samples need, since it names threads only when it writes its file (at exit, main is "DestroyJavaVM")
        infos.sort((a, b) -> Boolean.compare(a.asyncProfiler, b.asyncProfiler));
        boolean async = infos.stream().anyMatch(FileInfo::asyncProfiler);
        collector.sampler = async ? "async-profiler" : "JFR";
        for (FileInfo info : infos) {
            collector.readingAsyncProfiler = info.asyncProfiler;
            collector.skipCpuSamples = !info.asyncProfiler && async;
            collector.firstAllocationSample.clear();
            long before = collector.events;
            try (RecordingFile in = new RecordingFile(info.path)) {
                while (in.hasMoreEvents()) {
                    collector.accept(in.readEvent());
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new ReadProblem(info.path, collector.events - before, describe(e, collector.events - before)));
            }
        }
        if (collector.cpuSamples == 0) {
            // no sample told us the id of jdk.ExecutionSample: look it up, to tell "sampling off" from "nothing sampled"
            for (FileInfo info : infos) {
                collector.settings.executionSampleTypeIds.addAll(FileInfo.executionSampleTypeIds(info.path));
            }
        }
        long interval = options.cpuInterval() != null ? options.cpuInterval().toNanos()
                : collector.settings.announcedIntervalNanos() > 0 ? collector.settings.announcedIntervalNanos() : DEFAULT_INTERVAL_NANOS;
        collector.loops.interval(interval);
        collector.loops.finish(collector::stall);
        return new Assembly(collector, options, interval).build(files, problems);
    }

    private static String describe(Throwable e, long read) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "the file is truncated or corrupt (" + what + "); " + (read == 0
                ? "nothing in it could be read (a JFR chunk keeps its metadata at its end, so a chunk cut short is lost whole)"
                : "the " + read + " events before the damage were analysed, the damaged chunk is lost");
    }

    /** Whether a file is async-profiler's, from its metadata, before its events are read. */
    private record FileInfo(Path path, boolean asyncProfiler) {
        static FileInfo of(Path path) {
            return new FileInfo(path, ChunkHeader.declaresType(path, "profiler."));
        }

        static List<Long> executionSampleTypeIds(Path path) {
            try (RecordingFile in = new RecordingFile(path)) {
                return in.readEventTypes().stream().filter(t -> t.getName().equals("jdk.ExecutionSample"))
                        .map(jdk.jfr.EventType::getId).toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }

    /** Turns the collector's tallies into the result. */
    private static final class Assembly {
        private final EventCollector c;
        private final AnalysisOptions options;
        private final long interval;
        private final SiteSummarizer sites;
        private final long[][] pauses;
        private final long duration;

        Assembly(EventCollector c, AnalysisOptions options, long interval) {
            this.c = c;
            this.options = options;
            this.interval = interval;
            this.sites = new SiteSummarizer(c.stacks, c.pairs);
            this.pauses = c.gc.pauses();
            this.duration = c.lastNanos > c.firstNanos ? c.lastNanos - c.firstNanos : 0;
        }

        ProfileAnalysis build(List<Path> files, List<ReadProblem> problems) {
            GcSummary gc = gc(GcTally.total(pauses), GcTally.longest(pauses), duration, c.allocatedBytes);
            ScopeProfile overall = scope("all", true, 0, duration, c.overall, gc, -1);
            // requests, wall, GC pause overlap, longest overlap, known response bytes, requests with a known response size
            long[][] perEndpoint = new long[c.endpoints.size()][6];
            List<String> names = c.requests.endpoints();
            java.util.Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            for (RequestInterval r : c.requests.intervals()) {
                long[] e = perEndpoint[index.get(r.endpoint())];
                e[0]++;
                e[1] += r.durationNanos();
                e[2] += GcTally.overlap(pauses, r.startEpochNanos(), r.endEpochNanos());
                e[3] = Math.max(e[3], GcTally.longestOverlap(pauses, r.startEpochNanos(), r.endEpochNanos()));
                if (r.responseBytes() >= 0) {
                    e[4] += r.responseBytes();
                    e[5]++;
                }
            }
            List<ScopeProfile> endpoints = new ArrayList<>();
            for (int i = 0; i < c.endpoints.size(); i++) {
                ScopeTally t = c.endpoints.get(i);
                long[] e = perEndpoint[i];
                long responseBytes = e[5] == 0 ? -1 : Math.round(e[4] * (double) e[0] / e[5]);
                endpoints.add(scope(names.get(i), false, e[0], e[1], t, gc(e[2], e[3], e[1], t.allocation.totalSum()), responseBytes));
            }
            endpoints.sort((a, b) -> Long.compare(b.wallNanos(), a.wallNanos()));
            SamplingCheck sampling = c.sampling.check(interval, c.sampler, c.settings.cpuSamplingWasOn(),
                    c.settings.threadCpuLoadPeriodNanos());
            List<String> warnings = new ArrayList<>();
            if (sampling.low() || c.cpuSamples == 0) {
                warnings.add(sampling.message());
            }
            for (ReadProblem p : problems) {
                warnings.add(p.file() + ": " + p.message());
            }
            if (c.stacks.cutStacks() > 0) {
                warnings.add(c.stacks.cutStacks() + " stacks cut to their top frame: more than " + options.maxStacks() + " distinct stacks");
            }
            RecordingSummary summary = new RecordingSummary(files, c.events, instant(c.firstNanos), instant(c.lastNanos),
                    c.sampler, interval, problems, c.stacks.cutStacks());
            return new ProfileAnalysis(summary, overall, endpoints, overall.gc(), sampling, warnings);
        }

        private GcSummary gc(long pausedNanos, long longestPause, long wallNanos, long allocated) {
            return new GcSummary(c.gc.collections, pausedNanos, longestPause,
                    wallNanos == 0 ? 0 : (double) pausedNanos / wallNanos, allocated,
                    duration == 0 ? 0 : allocated * 1e9 / duration, c.gc.heapUsedAfterGcMax);
        }

        private ScopeProfile scope(String name, boolean overall, long requests, long wall, ScopeTally t, GcSummary gc,
                                   long responseBytes) {
            CpuSummarizer cpu = new CpuSummarizer(c.stacks, t.cpu);
            long allocated = t.allocation.totalSum();
            FlameBuilder cpuFlame = new FlameBuilder(c.stacks, 200_000);
            t.cpu.forEach((stack, count, sum, max) -> cpuFlame.add(stack, count));
            FlameBuilder allocFlame = new FlameBuilder(c.stacks, 200_000);
            t.allocation.forEach((key, count, sum, max) -> allocFlame.add(c.pairs.stack(key), sum));
            int top = options.top();
            return new ScopeProfile(name, overall, requests, wall, cpu.samples(), interval, cpu.methods(top), cpu.lines(top),
                    allocated, sites.allocationSites(t.allocation, allocated, top), sites.allocationTypes(t.allocation, allocated, top),
                    sites.waitTotals(t.waits, wall), sites.waitSites(t.waits, wall, top), sites.stalls(t, top),
                    sites.pinned(t.pinned, top), gc, cpuFlame.build(), allocFlame.build(), responseBytes);
        }

        private static Instant instant(long epochNanos) {
            return epochNanos == Long.MAX_VALUE || epochNanos == Long.MIN_VALUE ? null
                    : Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
        }
    }
}
