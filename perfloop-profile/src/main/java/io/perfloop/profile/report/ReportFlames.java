package io.perfloop.profile.report;

import io.perfloop.core.report.FlameGraph;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;
import io.perfloop.profile.analysis.LibraryFrames;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the analysis' flame trees into core's {@link FlameGraph}, the form the run's HTML report
 * draws and the run directory keeps, and back (for a differential graph of two runs). Trees are cut
 * to what a report can show: nodes under {@value #MIN_SHARE} of their graph are left out (their
 * weight stays in their parent's total) and a graph keeps at most {@value #MAX_NODES} nodes. The root's
 * frame is of kind {@code root}.
 */
public final class ReportFlames {
    /** Nodes narrower than this share of their graph are left out (under a pixel at report width). */
    public static final double MIN_SHARE = 0.001;
    /** At most this many nodes per graph: past it, the lightest are left out. */
    public static final int MAX_NODES = 4000;
    private static final LibraryFrames LIBRARY = LibraryFrames.defaults();

    private ReportFlames() {
    }

    /** CPU flame graphs of the whole recording and of each endpoint with samples. */
    public static List<FlameGraph> cpu(ProfileAnalysis analysis) {
        String note = analysis.recording().cpuSampler() + " every " + Durations.format(analysis.recording().cpuIntervalNanos());
        List<FlameGraph> graphs = new ArrayList<>();
        for (ScopeProfile s : analysis.scopes()) {
            if (s.overall() || s.cpuSamples() > 0) {
                graphs.add(of(s.overall() ? "all" : s.name(), "samples", note + (s.overall() ? ", every thread"
                        : String.format(Locale.ROOT, ", %d requests", s.requests())), s.cpuFlame()));
            }
        }
        return graphs;
    }

    /** One graph, cut to at most {@link #MAX_NODES} nodes. */
    public static FlameGraph of(String scope, String unit, String note, FlameNode root) {
        long min = Math.max(1, (long) Math.ceil(root.total() * MIN_SHARE));
        List<Long> totals = new ArrayList<>();
        collect(root, min, totals);
        if (totals.size() > MAX_NODES) {
            // a callee never outweighs its caller, so keeping every node heavier than the (MAX_NODES+1)-th keeps a tree
            totals.sort(java.util.Comparator.reverseOrder());
            min = totals.get(MAX_NODES) + 1;
        }
        List<FlameGraph.Frame> frames = new ArrayList<>();
        List<FlameGraph.Node> nodes = new ArrayList<>();
        flatten(root, 0, min, frames, new HashMap<>(), nodes);
        return new FlameGraph(scope, unit, note, frames, nodes);
    }

    private static void collect(FlameNode n, long min, List<Long> totals) {
        totals.add(n.total());
        for (FlameNode c : n.children()) {
            if (c.total() >= min) {
                collect(c, min, totals);
            }
        }
    }

    private static void flatten(FlameNode n, int depth, long min, List<FlameGraph.Frame> frames,
                                Map<FlameGraph.Frame, Integer> index, List<FlameGraph.Node> out) {
        FlameGraph.Frame frame = new FlameGraph.Frame(n.name(), depth == 0 ? "root" : kind(n.name(), n.kind()));
        int id = index.computeIfAbsent(frame, f -> {
            frames.add(f);
            return frames.size() - 1;
        });
        out.add(new FlameGraph.Node(id, depth, n.total(), n.self()));
        for (FlameNode c : n.children()) {
            if (c.total() >= min) {
                flatten(c, depth + 1, min, frames, index, out);
            }
        }
    }

    /** A report graph back as a flame tree, e.g. to diff two runs with {@link FlameGraphHtml#addDiff}. */
    public static FlameNode toFlameNode(FlameGraph graph) {
        // children are complete once the walk leaves their depth: build bottom-up with one list per open level
        List<FlameGraph.Node> nodes = graph.nodes();
        List<List<FlameNode>> open = new ArrayList<>();
        List<FlameGraph.Node> path = new ArrayList<>();
        for (FlameGraph.Node n : nodes) {
            while (path.size() > n.depth()) {
                closeLevel(graph, open, path);
            }
            path.add(n);
            open.add(new ArrayList<>());
        }
        while (path.size() > 1) {
            closeLevel(graph, open, path);
        }
        return node(graph, path.get(0), open.get(0));
    }

    private static void closeLevel(FlameGraph graph, List<List<FlameNode>> open, List<FlameGraph.Node> path) {
        int last = path.size() - 1;
        FlameNode done = node(graph, path.remove(last), open.remove(last));
        open.get(last - 1).add(done);
    }

    private static FlameNode node(FlameGraph graph, FlameGraph.Node n, List<FlameNode> children) {
        FlameGraph.Frame f = graph.frames().get(n.frame());
        FrameKind kind = switch (f.kind()) {
            case "native" -> FrameKind.NATIVE;
            case "kernel" -> FrameKind.KERNEL;
            default -> FrameKind.JAVA;
        };
        return new FlameNode(f.name(), kind, n.total(), n.self(), children);
    }

    /** {@code application}, {@code library}, {@code native} or {@code kernel}: how a frame is coloured. */
    static String kind(String name, FrameKind kind) {
        return switch (kind) {
            case NATIVE -> "native";
            case KERNEL -> "kernel";
            case JAVA -> isApplication(name, kind) ? "application" : "library";
        };
    }

    /** Whether a frame (named {@code Class.method}) is application code rather than the JDK's, a library's or native. */
    static boolean isApplication(String name, FrameKind kind) {
        int dot = name.lastIndexOf('.');
        return kind == FrameKind.JAVA && dot > 0 && !LIBRARY.isLibrary(name.substring(0, dot));
    }
}
