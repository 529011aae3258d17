package io.perfloop.core.event;

/**
 * The application frame responsible for an event: the first frame outside JDBC drivers, pools,
 * ORMs, Spring and perfloop itself.
 *
 * @param className  fully qualified class name
 * @param methodName method name
 * @param fileName   source file, or {@code null} when the class has no debug information
 * @param line       line number, or a negative value when unknown
 */
public record CallSite(String className, String methodName, String fileName, int line) {

    /** Stands in where no application frame was found on the stack. */
    public static final CallSite UNKNOWN = new CallSite("?", "?", null, -1);

    /** Builds a call site from a stack frame. */
    public static CallSite of(StackTraceElement frame) {
        return new CallSite(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    /** The call site in stack-trace form, {@code com.acme.Orders.list(Orders.java:42)}. */
    @Override
    public String toString() {
        String where = fileName == null ? "Unknown Source" : line >= 0 ? fileName + ":" + line : fileName;
        return className + "." + methodName + "(" + where + ")";
    }
}
