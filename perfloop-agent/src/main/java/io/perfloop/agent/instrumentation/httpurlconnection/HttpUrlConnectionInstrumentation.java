package io.perfloop.agent.instrumentation.httpurlconnection;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * {@code java.net.HttpURLConnection} as the JDK implements it
 * ({@code sun.net.www.protocol.http.HttpURLConnection}, which HTTPS connections delegate to).
 */
public final class HttpUrlConnectionInstrumentation implements InstrumentationModule {
    private static final String PACKAGE = HttpUrlConnectionInstrumentation.class.getPackageName() + ".";

    @Override
    public Probe probe() {
        return Probes.HTTP_URL_CONNECTION;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(named("sun.net.www.protocol.http.HttpURLConnection"))
                .transform(advice.forProbe(probe())
                        .advice(namedOneOf("connect", "getOutputStream").and(takesArguments(0)), PACKAGE + "ConnectAdvice")
                        .advice(named("getInputStream").and(takesArguments(0)), PACKAGE + "InputStreamAdvice"));
    }
}
