package io.perfloop.testdb.internal;

import org.junit.jupiter.api.Assumptions;

/**
 * Skips the running JUnit test. JUnit is a {@code provided} dependency: outside a test (a sample,
 * the CLI) it may be missing, and then the reason is thrown as an {@link IllegalStateException}
 * instead of a {@link NoClassDefFoundError}.
 */
final class JUnitAbort {

    private static final boolean JUNIT_PRESENT = isPresent("org.junit.jupiter.api.Assumptions");

    private JUnitAbort() {
    }

    static <T> T abort(String message) {
        if (!JUNIT_PRESENT) {
            throw new IllegalStateException(message + " (JUnit is not on the class path, so it cannot be a skip)");
        }
        return Assumptions.abort(message);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, JUnitAbort.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
