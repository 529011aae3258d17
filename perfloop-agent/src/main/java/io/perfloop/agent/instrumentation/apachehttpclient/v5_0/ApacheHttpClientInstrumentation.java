package io.perfloop.agent.instrumentation.apachehttpclient.v5_0;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.ApplicationLoaders;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/** Apache HttpClient 5 classic ({@code org.apache.hc.client5}, 5.0+): every client built on {@code CloseableHttpClient}. */
public final class ApacheHttpClientInstrumentation implements InstrumentationModule {
    private static final String ADVICE = ApacheHttpClientInstrumentation.class.getPackageName() + ".ExecuteAdvice";

    @Override
    public Probe probe() {
        return Probes.APACHE_HTTP_CLIENT;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(not(isAbstract()).and(hasSuperType(named("org.apache.hc.client5.http.impl.classic.CloseableHttpClient"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(named("doExecute").and(takesArguments(3)).and(not(isAbstract())), ADVICE));
    }
}
