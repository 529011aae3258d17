package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the methods seen on stacks as small ints. JFR's parser hands out one
 * {@link RecordedMethod} object per constant-pool entry, so an identity cache answers most lookups
 * without building a key; the cache is dropped when it grows (new chunks bring new objects).
 * Overloads share one entry: profiles read by name and line, not by signature.
 */
final class MethodTable {
    private static final int IDENTITY_CACHE_LIMIT = 200_000;

    private final LibraryFrames library;
    private final Map<RecordedMethod, Integer> identity = new IdentityHashMap<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final List<String> classNames = new ArrayList<>();
    private final List<String> methodNames = new ArrayList<>();
    private final List<FrameKind> kinds = new ArrayList<>();
    private boolean[] application = new boolean[64];

    MethodTable(LibraryFrames library) {
        this.library = library;
    }

    int intern(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        Integer id = identity.get(method);
        if (id != null) {
            return id;
        }
        FrameKind kind = FrameKind.of(frame.getType());
        String className = normalized(method.getType() == null ? "" : method.getType().getName());
        if (kind == FrameKind.JAVA && className.isEmpty()) {
            kind = FrameKind.NATIVE; // async-profiler's unnamed native symbols
        }
        int interned = intern(className, method.getName(), kind);
        if (identity.size() >= IDENTITY_CACHE_LIMIT) {
            identity.clear();
        }
        identity.put(method, interned);
        return interned;
    }

    int intern(String className, String methodName, FrameKind kind) {
        String key = kind.ordinal() + className + '#' + methodName;
        Integer known = byKey.get(key);
        if (known != null) {
            return known;
        }
        int id = classNames.size();
        classNames.add(className);
        methodNames.add(methodName);
        kinds.add(kind);
        if (id >= application.length) {
            application = java.util.Arrays.copyOf(application, application.length * 2);
        }
        application[id] = kind == FrameKind.JAVA && !library.isLibrary(className);
        byKey.put(key, id);
        return id;
    }

    /**
     * Lambda proxy classes get a new number in every JVM ({@code Foo$$Lambda$14/0x…}, {@code Foo$$Lambda.0x…}):
     * one name per declaring class keeps profiles of two runs comparable; the synthetic
     * {@code lambda$…} method below the proxy still tells the lambdas apart.
     */
    static String normalized(String className) {
        int lambda = className.indexOf("$$Lambda");
        return lambda < 0 ? className : className.substring(0, lambda + "$$Lambda".length());
    }

    int size() {
        return classNames.size();
    }

    String className(int id) {
        return classNames.get(id);
    }

    String methodName(int id) {
        return methodNames.get(id);
    }

    FrameKind kind(int id) {
        return kinds.get(id);
    }

    /** Whether the method is application code (Java, not JDK or a known library). */
    boolean isApplication(int id) {
        return application[id];
    }

    /** {@code com.acme.Orders.list}; native symbols as they are. */
    String display(int id) {
        String c = classNames.get(id);
        return c.isEmpty() ? methodNames.get(id) : c + "." + methodNames.get(id);
    }
}
