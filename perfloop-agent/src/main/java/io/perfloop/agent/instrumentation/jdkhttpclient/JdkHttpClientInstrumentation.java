package io.perfloop.agent.instrumentation.jdkhttpclient;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * The JDK's {@code java.net.http.HttpClient} (Java 11+, tested on 17 and 25): its implementation
 * class's public {@code send} and {@code sendAsync}; {@code send} goes through {@code sendAsync}
 * internally, which the nesting guard folds into one call.
 */
public final class JdkHttpClientInstrumentation implements InstrumentationModule {
    private static final String PACKAGE = JdkHttpClientInstrumentation.class.getPackageName() + ".";

    @Override
    public Probe probe() {
        return Probes.JDK_HTTP_CLIENT;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(named("jdk.internal.net.http.HttpClientImpl"))
                .transform(advice.forProbe(probe())
                        .advice(isPublic().and(named("send")).and(takesArguments(2)), PACKAGE + "SendAdvice")
                        .advice(isPublic().and(named("sendAsync")).and(takesArguments(2).or(takesArguments(3))),
                                PACKAGE + "SendAsyncAdvice"));
    }
}
