package io.perfloop.profile.report;

import io.perfloop.core.report.FlameGraph;
import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's flame graphs: the same tree back, small frames left out, a bounded size, kinds for colours. */
class ReportFlamesTest {
    static FlameNode node(String name, FrameKind kind, long total, long self, FlameNode... children) {
        return new FlameNode(name, kind, total, self, List.of(children));
    }

    @Test
    void roundTrip_sameTree() {
        FlameNode root = node("all", FrameKind.JAVA, 100, 0,
                node("java.lang.Thread.run", FrameKind.JAVA, 70, 0,
                        node("com.acme.Orders.total", FrameKind.JAVA, 70, 50, node("libc.so.6.memcpy", FrameKind.NATIVE, 20, 20))),
                node("do_syscall_64", FrameKind.KERNEL, 30, 30));
        FlameGraph graph = ReportFlames.of("GET /orders", "samples", "note", root);
        assertThat(graph.nodes()).extracting(FlameGraph.Node::depth).containsExactly(0, 1, 2, 3, 1);
        assertThat(graph.frames()).extracting(FlameGraph.Frame::kind).containsExactly("root", "library", "application", "native", "kernel");
        assertThat(ReportFlames.toFlameNode(graph)).isEqualTo(root);
    }

    @Test
    void framesUnderATenthOfAPercent_leftOut_weightStaysAbove() {
        FlameNode root = node("all", FrameKind.JAVA, 10_000, 0,
                node("com.acme.Big.run", FrameKind.JAVA, 9_995, 9_995), node("com.acme.Tiny.run", FrameKind.JAVA, 5, 5));
        FlameGraph graph = ReportFlames.of("all", "samples", null, root);
        assertThat(graph.frames()).extracting(FlameGraph.Frame::name).containsExactly("all", "com.acme.Big.run");
        assertThat(graph.nodes().get(0).total()).isEqualTo(10_000);
    }

    @Test
    void bigTree_cutToTheNodeLimit_heaviestKept() {
        // 400 branches, each a chain 20 frames deep and 0.15 %..0.35 % of the samples: 8,001 nodes all wide enough to draw
        List<FlameNode> branches = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 400; i++) {
            long weight = 1_500 + 5L * i;
            FlameNode chain = node("com.acme.Branch" + i + ".leaf", FrameKind.JAVA, weight, weight);
            for (int d = 19; d > 0; d--) {
                chain = node("com.acme.Branch" + i + ".f" + d, FrameKind.JAVA, weight, 0, chain);
            }
            branches.add(chain);
            total += weight;
        }
        branches.sort((a, b) -> Long.compare(b.total(), a.total()));
        FlameGraph graph = ReportFlames.of("all", "samples", null, new FlameNode("all", FrameKind.JAVA, total, 0, branches));
        assertThat(graph.nodes().size()).isLessThanOrEqualTo(ReportFlames.MAX_NODES).isGreaterThan(ReportFlames.MAX_NODES / 4);
        // whole branches are kept or dropped, the heaviest first
        assertThat((graph.nodes().size() - 1) % 20).isZero();
        long lightestKept = graph.nodes().stream().filter(n -> n.depth() == 1).mapToLong(FlameGraph.Node::total).min().orElseThrow();
        assertThat(branches.stream().filter(b -> b.total() >= lightestKept).count()).isEqualTo((graph.nodes().size() - 1) / 20);
    }
}
