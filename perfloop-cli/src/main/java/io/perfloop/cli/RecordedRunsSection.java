package io.perfloop.cli;

import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricSamples;
import io.perfloop.core.compare.RequestComparison;
import io.perfloop.core.compare.findings.FindingsDiff;
import io.perfloop.core.compare.findings.FindingsDiffJson;
import io.perfloop.core.compare.findings.FindingsDiffText;
import io.perfloop.core.compare.findings.PredictedVsMeasured;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.core.run.EndpointResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code perfloop compare} adds when A and B are recorded runs (directories written by
 * {@code perfloop record}, holding the agent's captured requests): per-request metrics per endpoint
 * for the comparison, and after the verdicts the findings resolved, new and still present with
 * "predicted vs measured" for each resolved one.
 *
 * @param old the baseline's recorded run
 * @param neu the candidate's recorded run
 */
record RecordedRunsSection(RecordedRun old, RecordedRun neu) {

    /**
     * Reads both runs when both directories hold captured requests.
     *
     * @param a the baseline's run directory or its run.json
     * @param b the candidate's
     * @return empty when either has no events file
     */
    static Optional<RecordedRunsSection> read(Path a, Path b) throws IOException {
        Path dirA = directory(a);
        Path dirB = directory(b);
        if (!hasEvents(dirA) || !hasEvents(dirB)) {
            return Optional.empty();
        }
        return Optional.of(new RecordedRunsSection(RecordedRun.read(dirA), RecordedRun.read(dirB)));
    }

    /** Why nothing per request is compared, when only one side has captured requests. */
    static Optional<String> missing(Path a, Path b) {
        boolean inA = hasEvents(directory(a));
        boolean inB = hasEvents(directory(b));
        if (inA == inB) {
            return Optional.empty();
        }
        return Optional.of("per-request metrics and findings (only " + (inA ? "A" : "B")
                + " has the agent's captured requests, " + String.join(" or ", RecordedRun.EVENTS_FILES) + ")");
    }

    /**
     * The load test's samples with the per-request metrics of the endpoints captured in both runs
     * added: an endpoint's rows stay together in the table (it groups by first appearance), and the
     * overall line stays last.
     */
    List<MetricSamples> withRequestMetrics(List<MetricSamples> loadTest) {
        List<MetricSamples> out = new ArrayList<>();
        loadTest.stream().filter(s -> !s.group().equals(EndpointResult.OVERALL)).forEach(out::add);
        out.addAll(RequestComparison.samples(old.requests(), neu.requests()));
        loadTest.stream().filter(s -> s.group().equals(EndpointResult.OVERALL)).forEach(out::add);
        return out;
    }

    /** Endpoints captured in only one of the runs. */
    List<String> unmatched() {
        return RequestComparison.unmatched(old.requests(), neu.requests());
    }

    /** The findings section, for after the verdicts. */
    String render(ComparisonResult result) {
        FindingsDiff diff = diff();
        return FindingsDiffText.render(diff, PredictedVsMeasured.of(diff, old.requests(), neu.requests(), result));
    }

    /** The findings section for the JSON. */
    Map<String, Object> json(ComparisonResult result) {
        FindingsDiff diff = diff();
        return FindingsDiffJson.sections(diff, PredictedVsMeasured.of(diff, old.requests(), neu.requests(), result));
    }

    private FindingsDiff diff() {
        return FindingsDiff.of(old.findings(), neu.findings());
    }

    private static Path directory(Path runOrFile) {
        return Files.isDirectory(runOrFile) ? runOrFile : runOrFile.toAbsolutePath().getParent();
    }

    private static boolean hasEvents(Path dir) {
        return dir != null && RecordedRun.EVENTS_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
