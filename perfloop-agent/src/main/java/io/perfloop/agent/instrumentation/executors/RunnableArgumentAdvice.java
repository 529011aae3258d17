package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.context.Propagation;
import net.bytebuddy.asm.Advice;

/** On submission methods whose first argument is the task: the task carries the submitter's context. */
public final class RunnableArgumentAdvice {
    private RunnableArgumentAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
        task = Propagation.wrap(task);
    }
}
