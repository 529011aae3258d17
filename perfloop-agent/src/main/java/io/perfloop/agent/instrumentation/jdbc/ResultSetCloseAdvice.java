package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;

/** On {@code ResultSet.close()}: forgets it. */
public final class ResultSetCloseAdvice {
    private ResultSetCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This Object resultSet) {
        JdbcProbe.resultSetClosed(resultSet);
    }
}
