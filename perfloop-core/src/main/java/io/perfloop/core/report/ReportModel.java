package io.perfloop.core.report;

import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.finding.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTML report shows, as plain data (it is embedded as JSON and rendered by the page's
 * script): runs with their endpoints, ranked findings, and optionally a comparison.
 *
 * @param title      page title
 * @param subtitle   one line under it (when, what)
 * @param runs       the runs shown side by side
 * @param findings   ranked findings
 * @param comparison comparison rows, empty when there is none
 * @param flameGraphs CPU flame graphs (the whole recording, each endpoint), empty when the run was not profiled
 */
public record ReportModel(String title, String subtitle, List<Run> runs, List<FindingRow> findings, List<ComparisonRow> comparison,
                          List<FlameGraph> flameGraphs) {

    public ReportModel {
        flameGraphs = flameGraphs == null ? List.of() : List.copyOf(flameGraphs);
    }

    /** A report without flame graphs. */
    public ReportModel(String title, String subtitle, List<Run> runs, List<FindingRow> findings, List<ComparisonRow> comparison) {
        this(title, subtitle, runs, findings, comparison, List.of());
    }

    /** One run and its endpoints. */
    public record Run(String name, List<Endpoint> endpoints) {
    }

    /**
     * One endpoint of a run.
     *
     * @param percentiles latency curve as {@code [fraction, millis]} pairs, e.g. {@code [0.99, 12.5]}
     */
    public record Endpoint(String endpoint, int requests, int errors, double p50Millis, double p99Millis,
                           double database, double downstream, double cpu, double other,
                           double statementsPerRequest, double responseBytes, List<double[]> percentiles) {

        /** An endpoint from its breakdown and latency curve. */
        public static Endpoint of(EndpointBreakdown b, List<double[]> percentiles) {
            return new Endpoint(b.endpoint(), b.requests(), b.errors(), b.p50Millis(), b.p99Millis(), b.database(),
                    b.downstream(), b.cpu(), b.other(), b.statementsPerRequest(), b.responseBytes(), percentiles);
        }
    }

    /** One ranked finding. */
    public record FindingRow(int rank, String ruleId, String title, String severity, String endpoint, String callSite,
                             Map<String, String> evidence, String sql, String fix, double predictedGain, double requestShare) {
    }

    /** One compared metric. */
    public record ComparisonRow(String group, String metric, String oldValue, String newValue, String delta, String p,
                                String verdict, String label, String better) {
    }

    /** Rows for ranked findings, numbered from 1. */
    public static List<FindingRow> rows(List<RankedFinding> ranked) {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Finding f = ranked.get(i).finding();
            Map<String, String> evidence = new LinkedHashMap<>();
            f.evidence().forEach((k, v) -> evidence.put(k, String.valueOf(v)));
            rows.add(new FindingRow(i + 1, f.ruleId(), f.title(), f.severity().name(), f.scope(), f.callSite(), evidence,
                    f.sampleSql(), f.fix(), f.predictedGain(), ranked.get(i).requestShare()));
        }
        return rows;
    }

    /** Rows for a comparison's verdicts. */
    public static List<ComparisonRow> rows(ComparisonResult result) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (MetricVerdict v : result.verdicts()) {
            String unit = v.metric().unit();
            rows.add(new ComparisonRow(v.group(), v.metric().name(),
                    format(v.oldMedian().median(), unit), format(v.newMedian().median(), unit),
                    Double.isNaN(v.deltaPercent()) ? "?" : String.format(Locale.ROOT, "%+.1f%%", v.deltaPercent()),
                    Double.isNaN(v.pAdjusted()) ? "?" : String.format(Locale.ROOT, "%.3f", v.pAdjusted()),
                    v.verdict().name(), v.verdict().label(), v.metric().direction().better()));
        }
        return rows;
    }

    private static String format(double value, String unit) {
        return String.format(Locale.ROOT, "%.3g %s", value, unit);
    }
}
