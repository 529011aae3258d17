package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds weighted stacks into a flame-graph tree, root first. Past {@code maxNodes} nodes new paths
 * stop growing and their weight stays on the deepest existing node, so weights above stay exact.
 */
final class FlameBuilder {
    private final StackTable stacks;
    private final int maxNodes;
    private final Node root = new Node(-1);
    private int nodes = 1;

    FlameBuilder(StackTable stacks, int maxNodes) {
        this.stacks = stacks;
        this.maxNodes = maxNodes;
    }

    void add(int stackId, long weight) {
        int[] m = stacks.methods(stackId);
        Node node = root;
        node.total += weight;
        for (int i = m.length - 1; i >= 0; i--) {
            Node child = node.children.get(m[i]);
            if (child == null) {
                if (nodes >= maxNodes) {
                    break;
                }
                child = new Node(m[i]);
                node.children.put(m[i], child);
                nodes++;
            }
            child.total += weight;
            node = child;
        }
        node.self += weight;
    }

    FlameNode build() {
        return freeze(root, stacks.methodTable());
    }

    private static FlameNode freeze(Node n, MethodTable methods) {
        List<FlameNode> children = new ArrayList<>(n.children.size());
        for (Node c : n.children.values()) {
            children.add(freeze(c, methods));
        }
        children.sort(Comparator.comparingLong(FlameNode::total).reversed().thenComparing(FlameNode::name));
        return n.method < 0
                ? new FlameNode("all", FrameKind.JAVA, n.total, n.self, children)
                : new FlameNode(methods.display(n.method), methods.kind(n.method), n.total, n.self, children);
    }

    private static final class Node {
        final int method;
        final Map<Integer, Node> children = new HashMap<>(4);
        long total;
        long self;

        Node(int method) {
            this.method = method;
        }
    }
}
