package io.perfloop.agent.instrumentation.executors;

import io.perfloop.agent.bootstrap.context.Propagation;
import net.bytebuddy.asm.Advice;

import java.util.List;

/** On {@code ThreadPoolExecutor.shutdownNow()}: hands back the application's own tasks, not the agent's wrappers. */
public final class ShutdownNowAdvice {
    private ShutdownNowAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Return(readOnly = false) List<Runnable> pending) {
        pending = Propagation.unwrapAll(pending);
    }
}
