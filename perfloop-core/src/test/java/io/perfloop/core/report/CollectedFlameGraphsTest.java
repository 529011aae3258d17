package io.perfloop.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flame graphs kept in a run directory come back exactly, however deep, and a damaged file is named. */
class CollectedFlameGraphsTest {
    @TempDir
    Path dir;

    /** A chain {@code depth} frames deep under the root, like a servlet container's stacks. */
    static FlameGraph chain(String scope, int depth) {
        List<FlameGraph.Frame> frames = new ArrayList<>(List.of(new FlameGraph.Frame("all", "library")));
        List<FlameGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i <= depth; i++) {
            nodes.add(new FlameGraph.Node(i, i, 7, i == depth ? 7 : 0));
            if (i > 0) {
                frames.add(new FlameGraph.Frame("com.acme.Frame" + i + ".run", i % 2 == 0 ? "application" : "native"));
            }
        }
        return new FlameGraph(scope, "samples", "async-profiler every 10 ms", frames, nodes);
    }

    @Test
    void roundTrip_deepStacks() throws Exception {
        List<FlameGraph> graphs = List.of(chain("all", 3), chain("GET /api/orders/{id}", 2_500));
        CollectedFlameGraphs.write(dir, graphs);
        assertThat(CollectedFlameGraphs.read(dir)).isEqualTo(graphs);
        // nodes are written flat, as arrays [frame, depth, total, self]
        assertThat(Files.readString(dir.resolve(CollectedFlameGraphs.FILE))).contains("\"nodes\":[[0,0,7,0],[1,1,7,0],[2,2,7,0],[3,3,7,7]]");
    }

    @Test
    void notDepthFirst_refused() {
        List<FlameGraph.Frame> frames = List.of(new FlameGraph.Frame("all", "library"), new FlameGraph.Frame("a", "native"));
        assertThatThrownBy(() -> new FlameGraph("all", "samples", null, frames,
                List.of(new FlameGraph.Node(0, 0, 2, 0), new FlameGraph.Node(1, 2, 2, 2)))).hasMessageContaining("node 1");
        assertThatThrownBy(() -> new FlameGraph("all", "samples", null, frames,
                List.of(new FlameGraph.Node(0, 0, 2, 0), new FlameGraph.Node(5, 1, 2, 2)))).hasMessageContaining("node 1");
        assertThatThrownBy(() -> new FlameGraph("all", "samples", null, frames, List.of())).hasMessageContaining("root");
    }

    @Test
    void missingFile_noGraphs() throws Exception {
        assertThat(CollectedFlameGraphs.read(dir)).isEmpty();
    }

    @Test
    void damagedFile_isNamed() throws Exception {
        Files.writeString(dir.resolve(CollectedFlameGraphs.FILE), "[{\"scope\": ");
        assertThatThrownBy(() -> CollectedFlameGraphs.read(dir)).hasMessageContaining(CollectedFlameGraphs.FILE)
                .hasMessageContaining("not a list of flame graphs");
    }
}
