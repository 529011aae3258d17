package io.perfloop.agent.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

import java.util.Properties;

/** On {@code Driver.connect(url, info)}: reports the URL of a connection that was opened. */
public final class DriverConnectAdvice {
    private DriverConnectAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Argument(0) String url, @Advice.Argument(1) Properties info,
                     @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object connection, @Advice.Thrown Throwable error) {
        JdbcUrlProbe.connected(url, info, connection, error);
    }
}
