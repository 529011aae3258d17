package io.perfloop.profile;

import io.perfloop.core.finding.Finding;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.report.FlameGraphHtml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Profiler#profile} found: the analysis, the table it printed, and where the recordings
 * are (null when they were recorded to a temporary directory and deleted).
 *
 * @param analysis the analysis of the recordings
 * @param findings what the profile rules found (default thresholds), by predicted gain
 * @param table    the pstats-like table followed by the findings
 * @param files    the recordings, or null when not kept
 */
public record Profile(ProfileAnalysis analysis, List<Finding> findings, String table, RecordingFiles files) {
    public Profile {
        findings = List.copyOf(findings);
    }

    /** Writes an interactive, self-contained HTML flame graph of the CPU samples (per endpoint where there are any). */
    public Path writeFlameGraph(Path html) throws IOException {
        FlameGraphHtml.cpu(analysis).write(html);
        return html;
    }

    @Override
    public String toString() {
        return table;
    }
}
