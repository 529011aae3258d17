package io.perfloop.agent.instrumentation.jdbc;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.internal.AdviceFactory;
import io.perfloop.agent.internal.ApplicationLoaders;
import io.perfloop.agent.internal.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * JDBC 4.x, any driver and any pool: advice on the implementations of {@code Statement},
 * {@code Connection} and {@code ResultSet} in application class loaders (the JDK's own, such as
 * {@code javax.sql.rowset}, are left alone).
 */
public final class JdbcInstrumentation implements InstrumentationModule {
    private static final String PACKAGE = JdbcInstrumentation.class.getPackageName() + ".";

    @Override
    public Probe probe() {
        return Probes.JDBC;
    }

    @Override
    public AgentBuilder apply(AgentBuilder agent, AdviceFactory advice) {
        var executeNames = namedOneOf("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
        return agent
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Statement"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(isPublic().and(not(isAbstract())).and(takesArguments(0))
                                        .and(executeNames.or(namedOneOf("executeBatch", "executeLargeBatch"))),
                                PACKAGE + "StatementExecuteAdvice")
                        .advice(isPublic().and(not(isAbstract())).and(executeNames).and(takesArgument(0, String.class)),
                                PACKAGE + "StatementExecuteSqlAdvice")
                        .advice(isPublic().and(not(isAbstract())).and(nameStartsWith("set"))
                                        .and(takesArgument(0, int.class))
                                        .and(takesArguments(2).or(takesArguments(3)).or(takesArguments(4))),
                                PACKAGE + "ParameterAdvice")
                        .advice(isPublic().and(named("addBatch")).and(takesArguments(0)), PACKAGE + "AddBatchAdvice")
                        .advice(isPublic().and(named("addBatch")).and(takesArguments(String.class)),
                                PACKAGE + "AddBatchSqlAdvice")
                        .advice(isPublic().and(named("clearBatch")).and(takesArguments(0)), PACKAGE + "ClearBatchAdvice")
                        .advice(isPublic().and(named("clearParameters")).and(takesArguments(0)),
                                PACKAGE + "ClearParametersAdvice")
                        .advice(isPublic().and(named("getResultSet")).and(takesArguments(0)),
                                PACKAGE + "GetResultSetAdvice"))
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Connection"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(isPublic().and(not(isAbstract())).and(namedOneOf("prepareStatement", "prepareCall"))
                                .and(takesArgument(0, String.class)), PACKAGE + "PrepareAdvice"))
                .type(not(isInterface()).and(hasSuperType(named("java.sql.ResultSet"))), ApplicationLoaders.ONLY)
                .transform(advice.forProbe(probe())
                        .advice(isPublic().and(not(isAbstract())).and(named("next")).and(takesArguments(0)),
                                PACKAGE + "ResultSetNextAdvice")
                        .advice(isPublic().and(not(isAbstract())).and(named("close")).and(takesArguments(0)),
                                PACKAGE + "ResultSetCloseAdvice"));
    }
}
