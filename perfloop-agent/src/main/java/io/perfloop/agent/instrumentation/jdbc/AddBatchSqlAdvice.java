package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code Statement.addBatch(String sql)}. */
public final class AddBatchSqlAdvice {
    private AddBatchSqlAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement) {
        return JdbcProbe.callStarted(statement);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Argument(0) String sql, @Advice.Thrown Throwable error) {
        JdbcProbe.batchAdded(token, sql, error);
    }
}
