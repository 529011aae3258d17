package io.perfloop.profile;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
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
 * @param table    the pstats-like table
 * @param files    the recordings, or null when not kept
 */
public record Profile(ProfileAnalysis analysis, String table, RecordingFiles files) {

    /** Findings of every profile rule, default thresholds. */
    public List<Finding> findings() {
        return analysis.findings(RuleConfig.defaults());
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
