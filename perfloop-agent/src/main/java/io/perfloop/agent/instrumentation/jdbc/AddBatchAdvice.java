package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code PreparedStatement.addBatch()}. */
public final class AddBatchAdvice {
    private AddBatchAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement) {
        return JdbcProbe.callStarted(statement);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Thrown Throwable error) {
        JdbcProbe.batchAdded(token, null, error);
    }
}
