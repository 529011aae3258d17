package io.perfloop.cli;

import io.perfloop.core.report.CollectedFlameGraphs;
import io.perfloop.core.report.FlameGraph;
import io.perfloop.profile.report.FlameGraphHtml;
import io.perfloop.profile.report.ReportFlames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code compare}'s differential CPU flame graph: when both runs were profiled during their
 * recording, B's flame graphs drawn against A's — the whole recording and every endpoint both have —
 * widths from B, red where a frame's share of its scope grew, blue where it shrank. Written into
 * B's run directory as {@code profile/cpu-diff-vs-<A>.html}.
 */
final class ProfileDiff {
    private ProfileDiff() {
    }

    /** Writes the page when both {@code a} and {@code b} (run directories or their run.json) have flame graphs. */
    static Optional<Path> write(Path a, Path b) throws IOException {
        Path dirA = runDir(a);
        Path dirB = runDir(b);
        List<FlameGraph> before = CollectedFlameGraphs.read(dirA);
        List<FlameGraph> after = CollectedFlameGraphs.read(dirB);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FlameGraph> beforeByScope = before.stream().collect(Collectors.toMap(FlameGraph::scope, Function.identity(), (x, y) -> x));
        FlameGraphHtml page = new FlameGraphHtml("CPU: " + dirB.getFileName() + " (B) against " + dirA.getFileName() + " (A)");
        int graphs = 0;
        for (FlameGraph g : after) {
            FlameGraph was = beforeByScope.get(g.scope());
            if (was != null) {
                page.addDiff(g.scope(), g.unit(), ReportFlames.toFlameNode(was), ReportFlames.toFlameNode(g));
                graphs++;
            }
        }
        if (graphs == 0) {
            return Optional.empty();
        }
        Path file = Files.createDirectories(dirB.resolve(ProfileCollector.DIR)).resolve("cpu-diff-vs-" + dirA.getFileName() + ".html");
        page.write(file);
        return Optional.of(file);
    }

    private static Path runDir(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }
}
