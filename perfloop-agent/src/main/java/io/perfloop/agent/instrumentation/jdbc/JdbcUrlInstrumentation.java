package io.perfloop.agent.instrumentation.jdbc;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.ApplicationLoaders;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import java.util.Properties;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * JDBC 4.x drivers: {@code Driver.connect(url, info)}, which {@code DriverManager}, HikariCP's
 * {@code jdbcUrl} mode and most pools and data sources go through, so {@code record} learns which
 * database the application uses ({@link JdbcUrlProbe}).
 */
public final class JdbcUrlInstrumentation implements InstrumentationModule {
    @Override
    public Probe probe() {
        return Probes.JDBC_URLS;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        return agent
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Driver"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(isPublic().and(not(isAbstract())).and(named("connect")).and(takesArguments(String.class, Properties.class)),
                                JdbcUrlInstrumentation.class.getPackageName() + ".DriverConnectAdvice"));
    }
}
