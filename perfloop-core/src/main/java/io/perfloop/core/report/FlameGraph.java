package io.perfloop.core.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * A flame graph as the report draws it: plain data, so core can show a profile without knowing the
 * profiler that took it. Frames are named once in {@link #frames} and referred to by index; the
 * nodes are listed depth first (a node, then its callees, heaviest first), each with its depth, so
 * the tree needs no nesting — stacks run hundreds of frames deep, deeper than JSON readers like to
 * nest — and each is written as the array {@code [frame, depth, total, self]} to keep reports small.
 *
 * @param scope  {@code all} for the whole recording, else the endpoint, e.g. {@code GET /api/orders}
 * @param unit   what the weights count, e.g. {@code samples}
 * @param note   one line shown with the graph (sampler, interval); may be null
 * @param frames the frames the nodes refer to
 * @param nodes  depth first from the root (depth 0), callers before callees
 */
public record FlameGraph(String scope, String unit, String note, List<Frame> frames, List<Node> nodes) {
    public FlameGraph {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(unit, "unit");
        frames = List.copyOf(frames);
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty() || nodes.get(0).depth() != 0) {
            throw new IllegalArgumentException("a flame graph starts with its root, at depth 0");
        }
        for (int i = 1; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.depth() < 1 || n.depth() > nodes.get(i - 1).depth() + 1 || n.frame() < 0 || n.frame() >= frames.size()) {
                throw new IllegalArgumentException("node " + i + " is not a depth-first node of this graph: " + n);
            }
        }
    }

    /**
     * A frame: a method (or native symbol) and what kind of code it is, for its colour.
     *
     * @param name e.g. {@code com.acme.Orders.total}
     * @param kind {@code application}, {@code library} (JDK and known libraries), {@code native} or {@code kernel}
     */
    public record Frame(String name, String kind) {
    }

    /**
     * One node: a frame reached through the path from the root.
     *
     * @param frame index into {@link FlameGraph#frames}
     * @param depth 0 for the root, its callees 1, and so on
     * @param total weight of this node and everything it called
     * @param self  weight with this node on top of the stack
     */
    public record Node(int frame, int depth, long total, long self) {
        /** As written: {@code [frame, depth, total, self]}. */
        @JsonValue
        long[] json() {
            return new long[] {frame, depth, total, self};
        }

        @JsonCreator
        static Node fromJson(long[] v) {
            if (v.length != 4) {
                throw new IllegalArgumentException("a node is [frame, depth, total, self], was " + java.util.Arrays.toString(v));
            }
            return new Node(Math.toIntExact(v[0]), Math.toIntExact(v[1]), v[2], v[3]);
        }
    }
}
