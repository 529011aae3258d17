package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.context.Propagation;
import net.bytebuddy.asm.Advice;

import java.util.concurrent.Callable;

/** On submission methods whose first argument is a {@link Callable}. */
public final class CallableArgumentAdvice {
    private CallableArgumentAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(value = 0, readOnly = false) Callable<?> task) {
        task = Propagation.wrap(task);
    }
}
