package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import java.util.concurrent.Callable;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Context propagation in the JDK's executors (Java 17+): {@code ThreadPoolExecutor} (and so
 * {@code Executors.newFixedThreadPool} and friends, Spring's task executors), one-shot
 * {@code ScheduledThreadPoolExecutor.schedule}, {@code ForkJoinPool} (including the common pool
 * that runs {@code CompletableFuture}'s async stages), the thread-per-task executor
 * {@code CompletableFuture} falls back to on one core (JDK 17–20), the thread-per-task executors of
 * JDK 21+, and every virtual thread ({@code ThreadBuilders.newVirtualThread}).
 */
public final class ExecutorsInstrumentation implements InstrumentationModule {
    private static final String PACKAGE = ExecutorsInstrumentation.class.getPackageName() + ".";

    @Override
    public Probe probe() {
        return Probes.EXECUTORS;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(named("java.util.concurrent.ThreadPoolExecutor"))
                .transform(advice.forProbe(probe())
                        .advice(named("execute").and(takesArguments(Runnable.class)), PACKAGE + "RunnableArgumentAdvice")
                        .advice(named("shutdownNow").and(takesArguments(0)), PACKAGE + "ShutdownNowAdvice"))
                .type(named("java.util.concurrent.ScheduledThreadPoolExecutor"))
                .transform(advice.forProbe(probe())
                        .advice(named("schedule").and(takesArgument(0, Runnable.class)), PACKAGE + "RunnableArgumentAdvice")
                        .advice(named("schedule").and(takesArgument(0, Callable.class)), PACKAGE + "CallableArgumentAdvice"))
                .type(named("java.util.concurrent.ForkJoinPool"))
                .transform(advice.forProbe(probe())
                        .advice(namedOneOf("execute", "submit").and(takesArgument(0, Runnable.class)),
                                PACKAGE + "ForkJoinRunnableAdvice")
                        .advice(named("submit").and(takesArguments(Callable.class)), PACKAGE + "CallableArgumentAdvice"))
                .type(namedOneOf("java.util.concurrent.CompletableFuture$ThreadPerTaskExecutor"))
                .transform(advice.forProbe(probe())
                        .advice(named("execute").and(takesArguments(Runnable.class)), PACKAGE + "RunnableArgumentAdvice"))
                .type(named("java.util.concurrent.ThreadPerTaskExecutor"))
                .transform(advice.forProbe(probe())
                        .advice(named("newThread").and(takesArguments(Runnable.class)), PACKAGE + "RunnableArgumentAdvice"))
                .type(named("java.lang.ThreadBuilders"))
                .transform(advice.forProbe(probe())
                        .advice(named("newVirtualThread").and(takesArguments(4)), PACKAGE + "VirtualThreadTaskAdvice"));
    }
}
