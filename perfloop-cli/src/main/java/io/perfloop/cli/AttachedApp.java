package io.perfloop.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code record --attach PID}: a JVM that is already running gets the agent through the JDK's attach
 * API and is measured where it stands; it keeps running afterwards. The agent retransforms the
 * classes that are already loaded, so the first requests after attaching pay for that once (the
 * warm-up is there for it). The agent cannot be unloaded: after the recording it is told to stop
 * keeping requests and stays idle until the JVM restarts, and a JVM takes the agent only once.
 */
final class AttachedApp implements TargetApp {
    private final long pid;

    private AttachedApp(long pid) {
        this.pid = pid;
    }

    /**
     * Loads the agent jar into the JVM {@code pid} with {@code agentOptions}.
     *
     * @throws IllegalArgumentException when there is no such JVM or it refuses the agent, saying why
     */
    static AttachedApp attach(long pid, Path agentJar, String agentOptions) {
        if (ProcessHandle.current().pid() == pid) {
            throw new IllegalArgumentException("--attach " + pid + " is perfloop itself: give the application's process id");
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
            throw new IllegalArgumentException("--attach " + pid + ": no such process");
        }
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(String.valueOf(pid));
        } catch (AttachNotSupportedException | IOException e) {
            throw new IllegalArgumentException("cannot attach to process " + pid + ": " + e.getMessage()
                    + " (is it a JVM run by this user, started without -XX:+DisableAttachMechanism?)", e);
        }
        try {
            vm.loadAgent(agentJar.toAbsolutePath().toString(), agentOptions);
        } catch (AgentLoadException | AgentInitializationException | IOException e) {
            throw new IllegalArgumentException("process " + pid + " did not take the agent " + agentJar + ": " + e.getMessage(), e);
        } finally {
            try {
                vm.detach();
            } catch (IOException ignored) {
                // the agent is loaded or not; the connection is of no further use either way
            }
        }
        return new AttachedApp(pid);
    }

    @Override
    public void awaitReady(String readyUrl, Duration timeout) throws InterruptedException {
        if (readyUrl == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new AppProcess.AppFailure("process " + pid + " exited", "(attached: its output is wherever it writes it)");
            }
            if (AppProcess.answers(readyUrl)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AppProcess.AppFailure("process " + pid + " did not answer at " + readyUrl + " within " + timeout.toSeconds() + " s",
                "(attached: its output is wherever it writes it)");
    }

    @Override
    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public String ending() {
        return "process " + pid + " exited";
    }

    @Override
    public String tail(int lines) {
        return "(attached to process " + pid + ": its output is wherever it writes it)";
    }

    @Override
    public void close() {
        // it is the user's application: it keeps running
    }
}
