package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;

/** On {@code ResultSet.next()}: counts a row read. */
public final class ResultSetNextAdvice {
    private ResultSetNextAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.This Object resultSet, @Advice.Return boolean more) {
        if (more) {
            JdbcProbe.rowRead(resultSet);
        }
    }
}
