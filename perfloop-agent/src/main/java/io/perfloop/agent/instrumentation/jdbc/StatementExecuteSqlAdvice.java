package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code Statement.execute*(String sql, …)}. */
public final class StatementExecuteSqlAdvice {
    private StatementExecuteSqlAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement, @Advice.Origin("#m") String method, @Advice.Argument(0) String sql) {
        return JdbcProbe.executeStarted(statement, method, sql);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object result,
                     @Advice.Thrown Throwable error) {
        JdbcProbe.executeFinished(token, result, error);
    }
}
