package io.perfloop.profile.analysis;

import java.util.List;

/**
 * A node of a flame graph: a method reached through the path from the root, with the weight
 * (samples, bytes) of everything at or above it.
 *
 * @param name     method, {@code com.acme.Orders.total}; the root is {@code all}
 * @param kind     Java or native
 * @param total    weight of this node and its children
 * @param self     weight with this node on top
 * @param children callees, heaviest first
 */
public record FlameNode(String name, FrameKind kind, long total, long self, List<FlameNode> children) {
    public FlameNode {
        children = List.copyOf(children);
    }

    /** Number of nodes in this subtree. */
    public int size() {
        int n = 1;
        for (FlameNode c : children) {
            n += c.size();
        }
        return n;
    }
}
