package io.perfloop.agent.instrumentation.jdkhttpserver;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * The JDK's {@code com.sun.net.httpserver.HttpServer} (module {@code jdk.httpserver}, Java 17+):
 * every exchange passes {@code Filter.Chain.doFilter}, lambda handlers included; response bytes
 * are counted in its fixed-length and chunked body streams.
 */
public final class JdkHttpServerInstrumentation implements InstrumentationModule {
    private static final String PACKAGE = JdkHttpServerInstrumentation.class.getPackageName() + ".";

    @Override
    public Probe probe() {
        return Probes.JDK_HTTP_SERVER;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(named("com.sun.net.httpserver.Filter$Chain"))
                .transform(advice.forProbe(probe())
                        .advice(named("doFilter").and(takesArguments(1)), PACKAGE + "FilterChainAdvice"))
                .type(namedOneOf("sun.net.httpserver.ChunkedOutputStream", "sun.net.httpserver.FixedLengthOutputStream"))
                .transform(advice.forProbe(probe())
                        .advice(named("write").and(takesArguments(byte[].class, int.class, int.class)),
                                PACKAGE + "ResponseWriteAdvice")
                        .advice(named("write").and(takesArguments(int.class)), PACKAGE + "ResponseWriteByteAdvice"));
    }
}
