package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code Statement.getResultSet()}: rows read from it count for the last execution. */
public final class GetResultSetAdvice {
    private GetResultSetAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement) {
        return JdbcProbe.callStarted(statement);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object resultSet) {
        JdbcProbe.resultSetReturned(token, resultSet);
    }
}
