package io.perfloop.core.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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

    /**
     * Walkers by the size of their first batch of frames. Filling a frame is the walk's main cost
     * on JDK 17 (each frame's method is resolved) and a batch is filled whole, so the locator asks
     * for as many frames as the application frame lay deep last time: a walk from the same
     * data-access path then fetches exactly the frames it needs, once. Created on first use; a
     * race creates an equal walker twice, which is harmless. Class references are kept so each
     * frame's verdict comes from a per-class cache instead of ~60 name comparisons.
     */
    private static final StackWalker[] WALKERS = new StackWalker[256];
    /**
     * Reflection frames are shown because hiding them costs a class check per frame in the JDK,
     * and the exclusions skip them anyway ({@code java.}, {@code jdk.}).
     */
    private static final Set<StackWalker.Option> WALK_OPTIONS =
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_REFLECT_FRAMES);

    private static final Framework[] FRAMEWORKS = Framework.values();
    /** Bit 0 of a class's role: its frames are skipped (infrastructure); clear for application code. */
    private static final int SKIPPED = 1;
    private static final int APPLICATION = 0;

    private final String[] exclusions;
    /** The first batch to ask for: how deep the application frame was last time, plus reserved slots. */
    private int expectedDepth = 8;
    /** Per class: bit 0 set when skipped, bit (1 + ordinal) set for each framework that owns it. */
    private final ClassValue<Integer> roles = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return roleOf(type.getName());
        }
    };
    @SuppressWarnings("unchecked")
    private final Set<Framework>[] frameworkSets = new Set[1 << FRAMEWORKS.length];
    private final Function<Stream<StackWalker.StackFrame>, Located> search = this::search;

    /** A locator skipping the default prefixes and {@code extra}. */
    public CallSiteLocator(List<String> extra) {
        this.exclusions = Stream.concat(DEFAULT_EXCLUSIONS.stream(), extra.stream())
                .toArray(String[]::new);
        for (int mask = 0; mask < frameworkSets.length; mask++) {
            EnumSet<Framework> set = EnumSet.noneOf(Framework.class);
            for (Framework framework : FRAMEWORKS) {
                if ((mask & (1 << framework.ordinal())) != 0) {
                    set.add(framework);
                }
            }
            frameworkSets[mask] = Set.copyOf(set);
        }
    }

    /** Where the current thread's statement comes from. */
    public Located locate() {
        return walker(expectedDepth).walk(search);
    }

    private Located search(Stream<StackWalker.StackFrame> frames) {
        int frameworks = 0;
        int depth = 0;
        for (var it = frames.iterator(); it.hasNext(); ) {
            StackWalker.StackFrame frame = it.next();
            depth++;
            int role = roles.get(frame.getDeclaringClass());
            frameworks |= role >>> 1;
            if ((role & SKIPPED) == APPLICATION) {
                rememberDepth(depth);
                // one native call for method, file and line (asking for each resolves the method again)
                return new Located(CallSite.of(frame.toStackTraceElement()), frameworkSets[frameworks]);
            }
        }
        return new Located(CallSite.UNKNOWN, frameworkSets[frameworks]);
    }

    private void rememberDepth(int depth) {
        // Two more than the depth: JDK 17's first batch holds the estimate less two reserved slots,
        // JDK 25's the estimate itself (seen with -Dstackwalk.debug=true); two spare frames on 25
        // cost less than a second batch on 17
        int batch = Math.min(depth + 2, WALKERS.length - 1);
        if (batch != expectedDepth) {
            expectedDepth = batch; // a benign race: any value is correct; unchanged, it is not written
        }
    }

    private static StackWalker walker(int depth) {
        StackWalker walker = WALKERS[depth];
        if (walker == null) {
            walker = StackWalker.getInstance(WALK_OPTIONS, depth);
            WALKERS[depth] = walker;
        }
        return walker;
    }

    private int roleOf(String className) {
        int role = excluded(className) ? SKIPPED : APPLICATION;
        for (Framework framework : FRAMEWORKS) {
            if (framework.owns(className)) {
                role |= 1 << (1 + framework.ordinal());
            }
        }
        return role;
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
