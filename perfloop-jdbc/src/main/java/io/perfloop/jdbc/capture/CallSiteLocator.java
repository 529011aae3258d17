package io.perfloop.jdbc.capture;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the application frame that caused a statement: the first frame, walking out from the
 * driver, that belongs to none of the JDBC drivers, pools, ORMs, frameworks and JDK internals
 * in between. Walks lazily and stops there, so the cost grows with the depth of the data-access
 * stack, not of the whole thread stack. Frameworks passed on the way are noted, because the
 * right fix depends on them.
 */
public final class CallSiteLocator {

    /** Prefixes skipped by default: infrastructure between application code and the driver. */
    public static final List<String> DEFAULT_EXCLUSIONS = List.of(
            "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.",
            "io.perfloop.jdbc.capture.", "io.perfloop.jdbc.PerfloopDataSource", "io.perfloop.jdbc.PerfloopDriver",
            "io.perfloop.core.work.",
            "org.postgresql.", "org.mariadb.", "com.mysql.", "oracle.jdbc.", "org.h2.", "org.hsqldb.",
            "org.apache.derby.", "com.microsoft.sqlserver.", "org.sqlite.",
            "com.zaxxer.hikari.", "org.apache.tomcat.jdbc.", "org.apache.commons.dbcp", "com.mchange.",
            "org.vibur.", "io.agroal.",
            "org.hibernate.", "org.springframework.", "org.jooq.", "org.apache.ibatis.", "org.mybatis.",
            "org.eclipse.persistence.", "net.ttddyy.dsproxy.", "net.bytebuddy.", "kotlin.", "scala.",
            "com.sun.proxy.", "$Proxy");

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
        for (String prefix : exclusions) {
            if (prefix.startsWith("$") ? className.contains(prefix) : className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A call site and the frameworks between it and the driver. */
    public record Located(CallSite callSite, Set<Framework> frameworks) {
    }
}
