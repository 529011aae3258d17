package io.perfloop.profile.analysis;

/** What kind of code a stack frame runs. */
public enum FrameKind {
    /** Java code (interpreted, compiled or inlined). */
    JAVA,
    /** Native code: JNI, the JVM itself, libc, intrinsic stubs. */
    NATIVE,
    /** The operating system kernel (async-profiler only). */
    KERNEL;

    /** Classifies JFR's frame type names ({@code Interpreted}, {@code JIT compiled}, {@code Native}, {@code C++}, {@code Kernel}…). */
    static FrameKind of(String frameType) {
        if (frameType == null) {
            return JAVA;
        }
        return switch (frameType) {
            case "Native", "C++" -> NATIVE;
            case "Kernel" -> KERNEL;
            default -> JAVA;
        };
    }
}
