package io.perfloop.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.perfloop.core.detect.CollectedFindings;
import io.perfloop.core.detect.FindingsEngine;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.EventsReader;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recorded run read back from its directory: the load test's {@code run.json}, the agent's captured
 * requests, and what perfloop makes of them (time breakdown per endpoint, ranked findings — the
 * engine's over the requests and those collected during the run, see {@link CollectedFindings}).
 *
 * @param dir       the run directory
 * @param run       the load test's results; {@code null} when the run has none (e.g. the load never started)
 * @param requests  captured requests (the events file may be truncated by a crash: what could be read)
 * @param truncated whether the events file ended mid-record
 * @param breakdown time breakdown per endpoint
 * @param findings  ranked findings
 */
public record RecordedRun(Path dir, Run run, List<RequestEvent> requests, boolean truncated,
                          List<EndpointBreakdown> breakdown, List<RankedFinding> findings) {

    /** The events file names the agent writes. */
    public static final List<String> EVENTS_FILES = List.of("events.jsonl", "events.jsonl.gz");

    /** Reads and analyses a run directory with every rule on the class path at default settings. */
    public static RecordedRun read(Path dir) throws IOException {
        return read(dir, new FindingsEngine(RuleRegistry.load(), RuleConfig.defaults()));
    }

    /** Reads and analyses a run directory with the given engine. */
    public static RecordedRun read(Path dir, FindingsEngine engine) throws IOException {
        Path runFile = dir.resolve("run.json");
        Run run = Files.isRegularFile(runFile) ? RunReader.read(runFile) : null;
        List<RequestEvent> requests = new ArrayList<>();
        boolean truncated = false;
        Optional<Path> events = EVENTS_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
        if (events.isPresent()) {
            try (EventsReader reader = EventsReader.open(events.get())) {
                for (RequestEvent r = reader.next(); r != null; r = reader.next()) {
                    requests.add(r);
                }
                truncated = reader.truncated();
            }
        }
        return new RecordedRun(dir, run, List.copyOf(requests), truncated, EndpointBreakdown.of(requests),
                requests.isEmpty() ? List.of() : engine.analyse(requests, CollectedFindings.readAll(dir)));
    }

    /** Breakdown table and ranked findings, for the terminal. */
    public String terminalReport(int maxFindings) {
        StringBuilder out = new StringBuilder();
        out.append("Where the time goes (").append(requests.size()).append(" captured requests")
                .append(truncated ? ", events file truncated: partial" : "").append("):\n");
        out.append(BreakdownText.render(breakdown)).append('\n');
        out.append("Findings, ranked by predicted gain × share of requests:\n");
        List<RankedFinding> shown = findings.stream().filter(f -> f.score() > 0).limit(maxFindings).toList();
        out.append(shown.isEmpty() ? "  none\n" : FindingText.renderAll(shown));
        return out.toString();
    }

    /**
     * The HTML report's model for this run alone, with the flame graphs collected during the run (see
     * {@link CollectedFlameGraphs}).
     *
     * @throws java.io.UncheckedIOException when the run's flame graph file cannot be read
     */
    public ReportModel reportModel(String title, String subtitle) {
        List<FlameGraph> flames;
        try {
            flames = CollectedFlameGraphs.read(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ReportModel(title, subtitle, List.of(runView(dir.getFileName().toString())), ReportModel.rows(findings), List.of(),
                flames);
    }

    /** This run as one column of a report. */
    public ReportModel.Run runView(String name) {
        List<ReportModel.Endpoint> endpoints = new ArrayList<>();
        for (EndpointBreakdown b : breakdown) {
            endpoints.add(ReportModel.Endpoint.of(b, curve(b.endpoint())));
        }
        return new ReportModel.Run(name, endpoints);
    }

    /** The load test's latency curve for an endpoint (from the intended start), or the agent's wall times. */
    private List<double[]> curve(String endpoint) {
        if (run != null) {
            Optional<EndpointResult> measured = run.endpoint(endpoint);
            if (measured.isPresent()) {
                LatencySummary l = measured.get().corrected();
                return List.of(new double[] {0.5, l.p50() / 1e3}, new double[] {0.9, l.p90() / 1e3},
                        new double[] {0.99, l.p99() / 1e3}, new double[] {0.999, l.p999() / 1e3});
            }
        }
        double[] walls = requests.stream().filter(r -> r.endpoint().equals(endpoint)).mapToDouble(r -> r.wallNanos() / 1e6).sorted().toArray();
        if (walls.length == 0) {
            return List.of();
        }
        List<double[]> out = new ArrayList<>();
        for (double p : new double[] {0.5, 0.9, 0.99, 0.999}) {
            out.add(new double[] {p, io.perfloop.core.stats.Quantiles.ofSorted(walls, p)});
        }
        return out;
    }

    /** Writes {@code findings.json} into the run directory. */
    public Path writeFindings() throws IOException {
        Path file = dir.resolve("findings.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), ReportModel.rows(findings));
        return file;
    }
}
