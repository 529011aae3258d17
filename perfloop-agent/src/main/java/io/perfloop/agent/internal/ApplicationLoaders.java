package io.perfloop.agent.internal;

import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isBootstrapClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.isExtensionClassLoader;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Class loaders of application libraries (drivers, servlet containers, HTTP clients): not the
 * JDK's bootstrap or platform loader. Checked before a type's hierarchy is looked at, so the
 * JDK's own classes — most of what is loaded when the agent starts — cost nothing to skip.
 */
public final class ApplicationLoaders {
    /** Matches application class loaders. */
    public static final ElementMatcher.Junction<ClassLoader> ONLY = not(isBootstrapClassLoader()).and(not(isExtensionClassLoader()));

    private ApplicationLoaders() {
    }
}
