package io.perfloop.profile.analysis;

/**
 * Why a virtual thread was pinned, read from its stack where the JDK does not say (before 24):
 * a class initializer, a native frame below the application code (JNI, a foreign upcall), or a
 * {@code synchronized} block (the usual cause up to JDK 23). Native frames above the first
 * application frame are the blocking operation itself ({@code Thread.sleep0}, {@code Unsafe.park}).
 */
final class PinReason {
    private PinReason() {
    }

    /**
     * The frame that pins: the class initializer, or the application frame that called into native
     * code below the blocking call; -1 when neither is on the stack (a synchronized block).
     */
    static int pinningFrame(StackTable stacks, int stackId) {
        MethodTable methods = stacks.methodTable();
        int[] m = stacks.methods(stackId);
        int app = Math.max(0, stacks.firstApplicationFrame(stackId));
        for (int i = 0; i < m.length; i++) {
            if (methods.methodName(m[i]).equals("<clinit>")) {
                return i;
            }
            if (i > app && methods.kind(m[i]) == FrameKind.NATIVE) {
                for (int j = i + 1; j < m.length; j++) {
                    if (methods.isApplication(m[j])) {
                        return j;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    static String fromStack(StackTable stacks, int stackId) {
        MethodTable methods = stacks.methodTable();
        int[] m = stacks.methods(stackId);
        int app = Math.max(0, stacks.firstApplicationFrame(stackId));
        for (int i = 0; i < m.length; i++) {
            if (methods.methodName(m[i]).equals("<clinit>")) {
                return "class initializer on stack";
            }
            if (i > app && methods.kind(m[i]) == FrameKind.NATIVE) {
                return "native frame on stack";
            }
        }
        return "synchronized block or method (JDK < 24)";
    }
}
