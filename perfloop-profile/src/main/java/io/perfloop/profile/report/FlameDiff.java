package io.perfloop.profile.report;

import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two flame graphs merged path by path into one tree with a before and an after weight per node,
 * for the differential view (the layout follows the after profile; a path only in the before
 * profile keeps a zero width and shows up in the root's before total).
 */
final class FlameDiff {
    private final FlameNode before;
    private final FlameNode after;

    FlameDiff(FlameNode before, FlameNode after) {
        this.before = before;
        this.after = after;
    }

    void write(NodeSink out, double minShare) throws IOException {
        long minAfter = Math.max(1, (long) (after.total() * minShare));
        long minBefore = Math.max(1, (long) (before.total() * minShare));
        write(out, after.name(), after.kind(), before, after, minBefore, minAfter);
    }

    private static void write(NodeSink out, String name, FrameKind kind, FlameNode b, FlameNode a,
                              long minBefore, long minAfter) throws IOException {
        out.open(name, kind, b == null ? 0 : b.total(), a == null ? 0 : a.total());
        Map<String, FlameNode[]> children = new LinkedHashMap<>();
        if (a != null) {
            for (FlameNode c : a.children()) {
                children.computeIfAbsent(c.name(), k -> new FlameNode[2])[1] = c;
            }
        }
        if (b != null) {
            for (FlameNode c : b.children()) {
                children.computeIfAbsent(c.name(), k -> new FlameNode[2])[0] = c;
            }
        }
        List<Map.Entry<String, FlameNode[]>> kept = new ArrayList<>();
        for (Map.Entry<String, FlameNode[]> e : children.entrySet()) {
            FlameNode cb = e.getValue()[0];
            FlameNode ca = e.getValue()[1];
            if (ca != null && ca.total() >= minAfter || cb != null && cb.total() >= minBefore) {
                kept.add(e);
            }
        }
        for (Map.Entry<String, FlameNode[]> e : kept) {
            FlameNode cb = e.getValue()[0];
            FlameNode ca = e.getValue()[1];
            write(out, e.getKey(), (ca != null ? ca : cb).kind(), cb, ca, minBefore, minAfter);
        }
        out.close();
    }
}
