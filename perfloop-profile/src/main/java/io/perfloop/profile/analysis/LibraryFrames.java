package io.perfloop.profile.analysis;

import java.util.List;

/**
 * Tells application frames from the JDK's and well-known libraries', so a sample or an allocation
 * is charged to the application line that caused it ("the first application frame"), the way a
 * developer reads a stack.
 */
public final class LibraryFrames {
    /** Packages that are never "the application". */
    public static final List<String> DEFAULT_PREFIXES = List.of(
            "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.", "scala.",
            "io.netty.", "io.vertx.", "reactor.", "io.reactivex.", "io.micrometer.", "org.springframework.",
            "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.", "org.eclipse.jetty.", "io.undertow.",
            "org.hibernate.", "com.zaxxer.hikari.", "org.postgresql.", "org.mariadb.", "com.mysql.",
            "com.fasterxml.jackson.", "org.slf4j.", "ch.qos.logback.", "org.apache.logging.", "one.profiler.",
            // perfloop's own machinery: the profiler, capture wrappers, the agent
            "io.perfloop.profile.Profiler", "io.perfloop.profile.record.", "io.perfloop.core.", "io.perfloop.jdbc.", "io.perfloop.agent.");

    private final List<String> prefixes;

    /** Frames whose class starts with one of {@code prefixes} are library frames. */
    public LibraryFrames(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** The default list. */
    public static LibraryFrames defaults() {
        return new LibraryFrames(DEFAULT_PREFIXES);
    }

    /** Whether a Java frame of {@code className} belongs to a library (or the JDK). */
    public boolean isLibrary(String className) {
        for (String p : prefixes) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        // lambda forms, hidden classes, generated accessors and proxies (Hibernate's lazy-loading proxies,
        // Spring's CGLIB subclasses, ByteBuddy's) say nothing about the application: the caller does
        return className.isEmpty() || className.startsWith("$Proxy") || className.contains("$$Lambda")
                || className.contains("$HibernateProxy") || className.contains("$$SpringCGLIB$$")
                || className.contains("$$EnhancerBySpringCGLIB$$") || className.contains("$ByteBuddy$");
    }
}
