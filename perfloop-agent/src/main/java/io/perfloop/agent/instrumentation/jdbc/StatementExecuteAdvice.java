package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code Statement.execute*()} without SQL argument (prepared and callable statements, batches). */
public final class StatementExecuteAdvice {
    private StatementExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement, @Advice.Origin("#m") String method) {
        return JdbcProbe.executeStarted(statement, method, null);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object result,
                     @Advice.Thrown Throwable error) {
        JdbcProbe.executeFinished(token, result, error);
    }
}
