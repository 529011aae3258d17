package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.context.Propagation;
import net.bytebuddy.asm.Advice;

/**
 * On {@code java.lang.ThreadBuilders.newVirtualThread(scheduler, name, characteristics, task)}
 * (JDK 21+), through which every virtual thread is made: its task carries the creator's context.
 */
public final class VirtualThreadTaskAdvice {
    private VirtualThreadTaskAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(value = 3, readOnly = false) Runnable task) {
        task = Propagation.wrap(task);
    }
}
