package io.perfloop.agent;

import io.perfloop.agent.internal.AgentInstaller;
import io.perfloop.agent.internal.BootstrapJar;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry point: {@code -javaagent:perfloop-agent.jar=output=/path/run,…} (or a
 * dynamic attach). It first puts the classes that instrumented JDK code calls on the bootstrap
 * class path, then installs the instrumentation. Any failure leaves the application running
 * without the agent, with one line on standard error saying why.
 */
public final class PerfloopAgent {
    private static boolean started;

    private PerfloopAgent() {
    }

    /** Called by the JVM before {@code main} for {@code -javaagent}. */
    public static void premain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    /** Called by the JVM when the agent is attached to a running process. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        start(arguments, instrumentation);
    }

    private static synchronized void start(String arguments, Instrumentation instrumentation) {
        if (started) {
            return;
        }
        started = true;
        long begin = System.nanoTime();
        try {
            // must come first: nothing of the shared packages may be loaded by the system class loader
            BootstrapJar.append(instrumentation, PerfloopAgent.class);
            AgentInstaller.install(arguments, instrumentation, begin);
        } catch (Throwable e) {
            System.err.println("[perfloop-agent] not started, the application runs without it: " + e);
        }
    }
}
