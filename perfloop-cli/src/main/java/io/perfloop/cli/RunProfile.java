package io.perfloop.cli;

import io.perfloop.core.detect.CollectedFindings;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.EventsReader;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.report.CollectedFlameGraphs;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;
import io.perfloop.profile.analysis.RequestInterval;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.report.FlameGraphHtml;
import io.perfloop.profile.report.ProfileTable;
import io.perfloop.profile.report.ReportFlames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile of a recording joined to the requests the agent captured in the same run: each
 * request becomes a {@link RequestInterval} (endpoint, the serving thread's name, start, end), so
 * samples and events on that thread inside it are charged to its endpoint. Findings are kept per
 * endpoint only — their predicted gain is a share of the endpoint's wall time, which the whole
 * recording has none of — and GC pressure on the endpoint that allocates most only.
 *
 * @param analysis the analysis of the recordings
 * @param findings the profile rules' findings on endpoints, best first
 * @param cpu      per endpoint, the CPU time the agent measured, to check the samples against
 */
record RunProfile(ProfileAnalysis analysis, List<Finding> findings, Map<String, Long> cpu) {
    /**
     * A GC pause stops every request in flight, so every endpoint sees the same pause share: the
     * pressure is reported once, on the endpoint that allocates most, where allocating less helps.
     */
    static final String GC_PRESSURE = "gc-pressure";
    /** Fewer CPU samples than this on an endpoint that computes: too few to name its hot method. */
    static final int ENOUGH_SAMPLES = 100;

    /** Analyses {@code files} against the requests in the run directory {@code dir}. */
    static RunProfile analyse(Path dir, RecordingFiles files, RuleConfig rules) throws IOException {
        Map<String, Long> cpu = new HashMap<>();
        List<RequestInterval> intervals = intervals(dir, cpu);
        ProfileAnalysis analysis = ProfileAnalyzer.analyze(files.paths(),
                AnalysisOptions.defaults().withRequests(intervals).withRecorded(files.cpuInterval(), files.cpus()));
        String topAllocator = analysis.endpoints().stream().max(java.util.Comparator.comparingLong(ScopeProfile::allocatedBytes))
                .map(ScopeProfile::name).orElse(null);
        List<Finding> findings = analysis.findings(rules).stream().filter(f -> !"all".equals(f.scope()))
                .filter(f -> !f.ruleId().equals(GC_PRESSURE) || f.scope().equals(topAllocator)).toList();
        return new RunProfile(analysis, findings, cpu);
    }

    /**
     * The captured requests as intervals, read one at a time; endpoint and thread names are shared
     * so memory grows with the requests, not their strings. Fills {@code cpu} with the agent's CPU
     * time per endpoint.
     */
    static List<RequestInterval> intervals(Path dir, Map<String, Long> cpu) throws IOException {
        Optional<Path> events = RecordedRun.EVENTS_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
        List<RequestInterval> intervals = new ArrayList<>();
        if (events.isEmpty()) {
            return intervals;
        }
        Map<String, String> names = new HashMap<>();
        try (EventsReader reader = EventsReader.open(events.get())) {
            for (RequestEvent r = reader.next(); r != null; r = reader.next()) {
                if (r.thread() == null || r.wallNanos() < 0) {
                    continue;
                }
                String endpoint = names.computeIfAbsent(r.endpoint(), k -> k);
                intervals.add(new RequestInterval(endpoint, -1, names.computeIfAbsent(r.thread(), k -> k),
                        r.startEpochNanos(), r.startEpochNanos() + r.wallNanos(), r.responseBytes()));
                if (r.cpuNanos() >= 0) {
                    cpu.merge(endpoint, r.cpuNanos(), Long::sum);
                }
            }
        }
        return intervals;
    }

    /**
     * Writes the findings ({@code findings-profile.json}), the report's flame graphs
     * ({@code flamegraphs.json}), and into {@code profileDir} the flame graph pages and the table.
     */
    void write(Path dir, Path profileDir) throws IOException {
        CollectedFindings.write(dir, "profile", findings);
        CollectedFlameGraphs.write(dir, ReportFlames.cpu(analysis));
        FlameGraphHtml.cpu(analysis).write(profileDir.resolve("cpu.html"));
        FlameGraphHtml.allocation(analysis).write(profileDir.resolve("allocation.html"));
        Files.writeString(profileDir.resolve("profile.txt"), new ProfileTable(30).render(analysis, findings), StandardCharsets.UTF_8);
    }

    /**
     * What to know before trusting an endpoint's profile. Samples falling short of the CPU time the
     * agent measured on its requests (fewer than half of those due, at least 20 due) means samples
     * were lost or not joined to the requests (thread names, clocks). An endpoint that computes (at
     * least 10 % of its wall time on CPU, less than half in recorded waits) with fewer than
     * {@value #ENOUGH_SAMPLES} samples and no hot method named may have one the samples are too few to
     * show (the rule wants 20 in one method): those are named together, in one line.
     */
    /** Half the interval, as the option takes it: 10 ms → {@code 5ms}, 2 ms → {@code 1ms}, 1 ms → {@code 500us}. */
    static String finer(long intervalNanos) {
        long half = Math.max(100_000, intervalNanos / 2);
        return half % 1_000_000 == 0 ? half / 1_000_000 + "ms" : half / 1_000 + "us";
    }

    List<String> samplingWarnings() {
        List<String> warnings = new ArrayList<>();
        List<String> few = new ArrayList<>();
        long interval = analysis.recording().cpuIntervalNanos();
        for (ScopeProfile e : analysis.endpoints()) {
            Long measured = cpu.get(e.name());
            double due = measured == null ? 0 : measured / (double) interval;
            double wall = Math.max(1, e.wallNanos());
            double cpuShare = (measured != null ? measured : e.cpuNanos()) / wall;
            if (due >= 20 && e.cpuSamples() < 0.5 * due) {
                warnings.add(String.format(java.util.Locale.ROOT, "%s: %d CPU samples where its requests' CPU time (measured by the agent) "
                        + "makes ~%.0f due; its hot methods may be missing", e.name(), e.cpuSamples(), due));
            } else if (cpuShare >= 0.1 && e.waitNanos() < 0.5 * wall && e.cpuSamples() < ENOUGH_SAMPLES && findings.stream()
                    .noneMatch(f -> f.scope().equals(e.name()) && f.ruleId().equals("hot-method"))) {
                few.add(String.format(java.util.Locale.ROOT, "%s (%d, CPU %.0f%% of its time)", e.name(), e.cpuSamples(), 100 * cpuShare));
            }
        }
        if (!few.isEmpty()) {
            warnings.add("too few CPU samples to name a hot method on " + String.join(", ", few)
                    + "; record longer, at a higher --speed, or sample finer (--profile=" + finer(interval) + ")");
        }
        return warnings;
    }

    /**
     * One line per endpoint: where its wall time went as the profile saw it — CPU (samples ×
     * interval, and the agent's measure beside it) against recorded waits (the longest kind named).
     * An endpoint that waits on its database shows little CPU and much socket I/O.
     */
    String endpointTable() {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "  %-44s %8s %10s %13s %11s  %s%n",
                "endpoint", "requests", "wall", "CPU sampled", "CPU agent", "recorded waits"));
        for (ScopeProfile e : analysis.endpoints()) {
            double wall = Math.max(1, e.wallNanos());
            Long agent = cpu.get(e.name());
            String waits = e.waits().isEmpty() ? "-" : String.format(java.util.Locale.ROOT, "%.0f%% (%s %.0f%%)",
                    100 * e.waitNanos() / wall, e.waits().get(0).kind().label(), 100 * e.waits().get(0).totalNanos() / wall);
            out.append(String.format(java.util.Locale.ROOT, "  %-44s %8d %10s %5.0f%% (%4d) %11s  %s%n", e.name(), e.requests(),
                    io.perfloop.profile.analysis.Durations.format(e.wallNanos()), 100 * e.cpuNanos() / wall, e.cpuSamples(),
                    agent == null ? "?" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * agent / wall), waits));
        }
        return out.toString();
    }
}
