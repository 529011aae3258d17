package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code Connection.prepareStatement(sql, …)} and {@code prepareCall(sql, …)}: remembers the SQL. */
public final class PrepareAdvice {
    private PrepareAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter() {
        return JdbcProbe.prepareStarted();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object statement,
                     @Advice.Argument(0) String sql) {
        JdbcProbe.prepared(token, statement, sql);
    }
}
