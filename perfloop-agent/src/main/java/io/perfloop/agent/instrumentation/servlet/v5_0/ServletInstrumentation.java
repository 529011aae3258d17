package io.perfloop.agent.instrumentation.servlet.v5_0;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.ApplicationLoaders;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Jakarta Servlet 5.0+ ({@code jakarta.servlet}: Tomcat 10+, Jetty 11+, Undertow 2.2+, Spring
 * Boot 3): the implementations of {@code FilterChain} and {@code Servlet}, and the writes of
 * {@code ServletOutputStream} implementations (when the response body starts going out).
 */
public final class ServletInstrumentation implements InstrumentationModule {
    private static final String ADVICE = ServletInstrumentation.class.getPackageName() + ".ServletAdvice";
    private static final String WRITE_ADVICE = ServletInstrumentation.class.getPackageName() + ".ResponseWriteAdvice";

    @Override
    public Probe probe() {
        return Probes.SERVLET;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(not(isInterface()).and(hasSuperType(named("jakarta.servlet.FilterChain"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(named("doFilter").and(takesArguments(2)).and(not(isAbstract())), ADVICE))
                .type(not(isInterface()).and(hasSuperType(named("jakarta.servlet.Servlet"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(named("service").and(takesArguments(2)).and(not(isAbstract()))
                                .and(takesArgument(0, named("jakarta.servlet.ServletRequest"))), ADVICE))
                .type(not(isInterface()).and(not(isAbstract())).and(hasSuperType(named("jakarta.servlet.ServletOutputStream"))),
                        ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(named("write").and(not(isAbstract())).and(takesArguments(byte[].class, int.class, int.class)
                                .or(takesArguments(int.class))), WRITE_ADVICE));
    }
}
