package io.perfloop.agent.internal;

import io.perfloop.agent.bootstrap.AgentLog;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.util.concurrent.atomic.AtomicInteger;

/** Logs classes the agent could not instrument (the class then runs unchanged); transformations at debug level. */
final class TransformationLog extends AgentBuilder.Listener.Adapter {
    private static final int MAX_ERRORS_LOGGED = 20;
    private final AtomicInteger errors = new AtomicInteger();

    @Override
    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
                                 DynamicType dynamicType) {
        AgentLog.debug("instrumented " + type.getName() + (loaded ? " (retransformed)" : ""));
    }

    @Override
    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
        int n = errors.incrementAndGet();
        if (n <= MAX_ERRORS_LOGGED) {
            AgentLog.problem("left " + typeName + " uninstrumented: " + error
                    + (n == MAX_ERRORS_LOGGED ? " (further such messages suppressed)" : ""));
        }
    }
}
