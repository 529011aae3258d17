package io.perfloop.profile.analysis;

import io.perfloop.core.event.CallSite;

/**
 * Turns a (method, line) into the stack-trace form people click on,
 * {@code com.acme.Orders.total(Orders.java:42)}. JFR records no source file names; the file is
 * derived from the top-level class name, which is right for Java sources.
 */
final class Sites {
    private Sites() {
    }

    static String location(MethodTable methods, int method, int line) {
        if (methods.kind(method) != FrameKind.JAVA) {
            return methods.display(method);
        }
        String c = methods.className(method);
        String simple = c.substring(c.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        String file = (nested > 0 ? simple.substring(0, nested) : simple) + ".java";
        return new CallSite(c, methods.methodName(method), file, line > 0 ? line : -1).toString();
    }

    /** The location of frame {@code index} of a stack, or {@code ?} for an empty stack. */
    static String frame(StackTable stacks, int stackId, int index) {
        int[] m = stacks.methods(stackId);
        if (index < 0 || index >= m.length) {
            return "?";
        }
        return location(stacks.methodTable(), m[index], stacks.lines(stackId)[index]);
    }

    /** The first application frame's location, or the top frame's when the stack has none. */
    static String applicationSite(StackTable stacks, int stackId) {
        int app = stacks.firstApplicationFrame(stackId);
        return frame(stacks, stackId, app >= 0 ? app : 0);
    }
}
