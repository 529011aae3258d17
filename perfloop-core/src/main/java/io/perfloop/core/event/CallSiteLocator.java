package io.perfloop.core.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the application frame that caused an event (a statement, an HTTP call): the first frame,
 * walking out from the driver or client, that belongs to none of the JDBC drivers, pools, ORMs,
 * HTTP clients, frameworks, JDK internals and perfloop classes in between. Walks lazily and stops there, so the cost grows with the depth of the data-access
 * stack, not of the whole thread stack. Frameworks passed on the way are noted, because the
 * right fix depends on them.
 */
public final class CallSiteLocator {

    /**
     * Skipped by default: infrastructure between application code and the driver. An entry ending
     * in a dot is a package prefix; one starting with {@code $} matches anywhere in the class name
     * (generated proxies); any other is a class name (its nested classes included).
     */
    public static final List<String> DEFAULT_EXCLUSIONS = List.of(
            "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.",
            "io.perfloop.jdbc.capture.Capture", "io.perfloop.jdbc.capture.StatementTracker",
            "io.perfloop.jdbc.capture.DelegatingHandler", "io.perfloop.jdbc.capture.ConnectionHandler",
            "io.perfloop.jdbc.capture.StatementHandler", "io.perfloop.jdbc.capture.ResultSetHandler",
            "io.perfloop.jdbc.PerfloopDataSource", "io.perfloop.jdbc.PerfloopDriver", "io.perfloop.core.work.WorkContext",
            "io.perfloop.core.event.CallSiteLocator", "io.perfloop.agent.",
            "org.postgresql.", "org.mariadb.", "com.mysql.", "oracle.jdbc.", "org.h2.", "org.hsqldb.",
            "org.apache.derby.", "com.microsoft.sqlserver.", "org.sqlite.",
            "com.zaxxer.hikari.", "org.apache.tomcat.jdbc.", "org.apache.commons.dbcp.", "org.apache.commons.dbcp2.", "com.mchange.",
            "org.vibur.", "io.agroal.",
            "org.hibernate.", "org.springframework.", "org.jooq.", "org.apache.ibatis.", "org.mybatis.",
            "org.eclipse.persistence.", "net.ttddyy.dsproxy.", "net.bytebuddy.", "kotlin.", "scala.",
            "org.apache.hc.", "okhttp3.", "okio.", "feign.", "retrofit2.", "reactor.", "io.netty.",
            "com.sun.proxy.",
            // generated classes live in the application's packages: match them by their markers
            "$Proxy", "$HibernateProxy", "$ByteBuddy$", "$$SpringCGLIB$$", "$$EnhancerBy", "$$_jvst");

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final Framework[] FRAMEWORKS = Framework.values();

    private final String[] exclusions;

    /** A locator skipping the default prefixes and {@code extra}. */
    public CallSiteLocator(List<String> extra) {
        this.exclusions = java.util.stream.Stream.concat(DEFAULT_EXCLUSIONS.stream(), extra.stream())
                .toArray(String[]::new);
    }

    /** Where the current thread's statement comes from. */
    public Located locate() {
        return WALKER.walk(frames -> {
            Set<Framework> seen = null;
            for (var it = frames.iterator(); it.hasNext(); ) {
                StackWalker.StackFrame frame = it.next();
                String className = frame.getClassName();
                for (Framework framework : FRAMEWORKS) {
                    if (framework.owns(className)) {
                        if (seen == null) {
                            seen = EnumSet.noneOf(Framework.class);
                        }
                        seen.add(framework);
                    }
                }
                if (!excluded(className)) {
                    CallSite site = new CallSite(className, frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
                    return new Located(site, seen == null ? Set.of() : Set.copyOf(seen));
                }
            }
            return new Located(CallSite.UNKNOWN, seen == null ? Set.of() : Set.copyOf(seen));
        });
    }

    private boolean excluded(String className) {
        for (String entry : exclusions) {
            if (matches(entry, className)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String entry, String className) {
        if (entry.startsWith("$")) {
            return className.contains(entry);
        }
        if (entry.endsWith(".")) {
            return className.startsWith(entry);
        }
        return className.startsWith(entry)
                && (className.length() == entry.length() || className.charAt(entry.length()) == '$');
    }

    /** A call site and the frameworks between it and the driver. */
    public record Located(CallSite callSite, Set<Framework> frameworks) {
    }
}
