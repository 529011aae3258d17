package io.perfloop.testdb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command to completion and keeps its combined output.
 *
 * <p>Output goes to a temporary file rather than a pipe: {@code pg_ctl start} leaves a server
 * running in the background, and a pipe inherited by that server would never reach end of file.
 * The file is opened by this JVM before the command runs, so it works when the command itself
 * runs as a different user.
 */
public final class Command {

    /** What a finished command left behind. */
    public record Result(List<String> command, int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Command() {
    }

    /** Runs {@code command}, waiting at most {@code timeout}; a command that overruns is killed. */
    public static Result run(List<String> command, Duration timeout) {
        Path capture = null;
        try {
            capture = Files.createTempFile("perfloop-cmd-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(capture.toFile())
                    .start();
            process.getOutputStream().close(); // no input: a command that prompts must not hang
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(command, -1, read(capture) + "\n(killed after " + timeout + ")");
            }
            return new Result(command, process.exitValue(), read(capture));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(capture);
        }
    }

    private static String read(Path capture) throws IOException {
        return new String(Files.readAllBytes(capture), StandardCharsets.UTF_8).strip();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray empty file in the temp directory is harmless
        }
    }
}
