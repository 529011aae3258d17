package io.perfloop.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, started by {@code record}: a shell command run with the agent added
 * through {@code JAVA_TOOL_OPTIONS} (so it reaches a {@code java} started by any script), its output
 * kept in a log file whose tail explains a failed start or a crash.
 */
final class AppProcess implements TargetApp {
    private final Process process;
    private final Path log;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with {@code javaAgent} ({@code -javaagent:…}) added to the JVM options. */
    static AppProcess start(String command, String javaAgent, Path log, Map<String, String> extraEnv) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec " + command);
        String existing = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
        pb.environment().put("JAVA_TOOL_OPTIONS", (existing + " " + javaAgent).trim());
        pb.environment().putAll(extraEnv);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AppProcess(pb.start(), log);
    }

    @Override
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public String ending() {
        return "exited with code " + process.exitValue();
    }

    /**
     * Waits until {@code readyUrl} answers with a status below 500. Fails with the log's tail when the
     * application exits first or does not become ready in time.
     */
    @Override
    public void awaitReady(String readyUrl, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AppFailure("the application exited with code " + process.exitValue() + " before it was ready", tail(30));
            }
            if (answers(readyUrl)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AppFailure("the application did not become ready at " + readyUrl + " within " + timeout.toSeconds() + " s", tail(30));
    }

    static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            int status = c.getResponseCode();
            c.disconnect();
            return status < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The last {@code lines} lines of the application's output. */
    @Override
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the application: a polite signal, then force after 15 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** The application failed; the message says how, the tail shows its last words. */
    static final class AppFailure extends RuntimeException {
        final String tail;

        AppFailure(String message, String tail) {
            super(message);
            this.tail = tail;
        }
    }
}
