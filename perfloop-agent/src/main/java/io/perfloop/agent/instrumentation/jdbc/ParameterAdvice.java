package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** On {@code PreparedStatement.set*(int index, value, …)}: remembers the bind value (as a hash unless kept). */
public final class ParameterAdvice {
    private ParameterAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This Object statement) {
        return JdbcProbe.callStarted(statement);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Origin("#m") String method, @Advice.Argument(0) int index,
                     @Advice.Argument(value = 1, typing = Assigner.Typing.DYNAMIC) Object value,
                     @Advice.Thrown Throwable error) {
        JdbcProbe.parameterSet(token, method, index, value, error);
    }
}
