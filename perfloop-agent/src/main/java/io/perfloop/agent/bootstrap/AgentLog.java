package io.perfloop.agent.bootstrap;

/** The agent's voice: one line per message on standard error, prefixed so it stands out in an app's log. */
public final class AgentLog {
    private static volatile boolean quiet;
    private static volatile boolean debug;

    private AgentLog() {
    }

    /** Sets the level: {@code quiet} (problems only), {@code info}, {@code debug}. */
    public static void level(String level) {
        quiet = "quiet".equals(level);
        debug = "debug".equals(level);
    }

    /** Something the user should know about. */
    public static void info(String message) {
        if (!quiet) {
            System.err.println("[perfloop-agent] " + message);
        }
    }

    /** Something went wrong; capture goes on or stops, the application does not. */
    public static void problem(String message) {
        System.err.println("[perfloop-agent] " + message);
    }

    /** Detail for diagnosing the agent itself. */
    public static void debug(String message) {
        if (debug) {
            System.err.println("[perfloop-agent] " + message);
        }
    }

    /** Whether debug output is on. */
    public static boolean debugging() {
        return debug;
    }
}
