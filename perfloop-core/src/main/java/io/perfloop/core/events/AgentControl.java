package io.perfloop.core.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells a running agent what to do, through its output directory: a command is a file
 * {@code control/<sequence>-<command>}; the agent polls the directory (every 100 ms by default),
 * carries commands out in sequence order, deletes their files and writes the sequence of the last
 * one into {@code status.json} ({@link AgentStatus#ack()}). No port, no JMX, works wherever the
 * directory is shared (containers included).
 *
 * <pre>{@code
 * AgentControl agent = AgentControl.of(runDir);
 * agent.awaitRunning(Duration.ofSeconds(30));      // the agent wrote status.json
 * // ... warm-up traffic ...
 * agent.keep(Duration.ofSeconds(5));               // from now on requests are kept
 * // ... measured traffic ...
 * agent.flush(Duration.ofSeconds(10));             // everything finished so far is on disk
 * }</pre>
 */
public final class AgentControl {
    /** Subdirectory of the output directory that holds command files. */
    public static final String DIRECTORY = "control";

    private static final AtomicLong LAST = new AtomicLong();

    /** What the agent can be told. */
    public enum Command {
        /** Start keeping requests (warm-up is over). */
        KEEP,
        /** Stop keeping (requests are counted as warm-up again) until the next KEEP. */
        PAUSE,
        /** Write everything finished so far to disk, with a summary line, then acknowledge. */
        FLUSH;

        /** The command named in a command file, e.g. {@code 00000001712345678901-flush}; empty if none. */
        public static Optional<Command> ofFileName(String name) {
            int dash = name.indexOf('-');
            if (dash <= 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(name.substring(dash + 1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final Path directory;

    private AgentControl(Path directory) {
        this.directory = directory;
    }

    /** Controls the agent writing to {@code outputDirectory} (its {@code output=} option). */
    public static AgentControl of(Path outputDirectory) {
        return new AgentControl(outputDirectory);
    }

    /** The sequence number in a command file's name, or -1 if it is not one. */
    public static long sequenceOf(String fileName) {
        int dash = fileName.indexOf('-');
        try {
            return dash <= 0 ? -1 : Long.parseLong(fileName.substring(0, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Drops a command file and returns its sequence number, without waiting. */
    public long send(Command command) throws IOException {
        long seq = LAST.accumulateAndGet(System.currentTimeMillis() * 1000, (last, now) -> Math.max(last + 1, now));
        Path dir = Files.createDirectories(directory.resolve(DIRECTORY));
        String name = String.format(Locale.ROOT, "%020d-%s", seq, command.name().toLowerCase(Locale.ROOT));
        Path tmp = dir.resolve("." + name + ".tmp");
        Files.writeString(tmp, name);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return seq;
    }

    /** The agent's current status, if it wrote one. */
    public Optional<AgentStatus> status() throws IOException {
        return AgentStatus.readFrom(directory);
    }

    /** Waits until the agent has written its first status. */
    public AgentStatus awaitRunning(Duration timeout) throws IOException, InterruptedException {
        return await(timeout, s -> true, "the agent to start (no " + AgentStatus.FILE + " in " + directory + ")");
    }

    /** Sends KEEP and waits for it to be carried out. */
    public AgentStatus keep(Duration timeout) throws IOException, InterruptedException {
        return sendAndAwait(Command.KEEP, timeout);
    }

    /** Sends PAUSE and waits for it to be carried out. */
    public AgentStatus pause(Duration timeout) throws IOException, InterruptedException {
        return sendAndAwait(Command.PAUSE, timeout);
    }

    /** Sends FLUSH and waits until everything finished before it is on disk. */
    public AgentStatus flush(Duration timeout) throws IOException, InterruptedException {
        return sendAndAwait(Command.FLUSH, timeout);
    }

    private AgentStatus sendAndAwait(Command command, Duration timeout) throws IOException, InterruptedException {
        long seq = send(command);
        return await(timeout, s -> s.ack() >= seq || AgentStatus.STOPPED.equals(s.state())
                        || AgentStatus.CLOSED.equals(s.state()),
                "the agent to carry out " + command + " #" + seq);
    }

    private AgentStatus await(Duration timeout, java.util.function.Predicate<AgentStatus> done, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<AgentStatus> status = status();
            if (status.isPresent() && done.test(status.get())) {
                return status.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + status.map(s -> "; last status: " + s.state() + ", ack " + s.ack()).orElse(""));
            }
            Thread.sleep(20);
        }
    }
}
