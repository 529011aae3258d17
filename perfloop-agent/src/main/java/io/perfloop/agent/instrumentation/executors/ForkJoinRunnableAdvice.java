package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.context.Propagation;
import net.bytebuddy.asm.Advice;

/** On {@code ForkJoinPool.execute/submit(Runnable)}: carries plain tasks and CompletableFuture stages. */
public final class ForkJoinRunnableAdvice {
    private ForkJoinRunnableAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
        task = Propagation.wrapForkJoin(task);
    }
}
