package io.perfloop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sample shop's embedded PostgreSQL, run once for a whole tour ({@code shop.jar --serve-database})
 * so each of the tour's shop runs connects to it with {@code --db-url} instead of creating and seeding a
 * database of its own: the first run seeds it, the others start in seconds. It stops when perfloop closes
 * its input — or exits, so it never outlives the tour.
 */
final class SharedShopDatabase implements AutoCloseable {
    private static final String PREFIX = "database: ";

    private final Process process;
    private final String url;

    private SharedShopDatabase(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the shop's database server with {@code java}; its output beyond the URL goes to {@code log}. */
    static SharedShopDatabase start(String java, Path shopJar, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java, "-jar", shopJar.toAbsolutePath().toString(), "--serve-database")
                .redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        // reads everything it prints, for as long as it runs: its log lines go to the file (a full pipe would
        // stall it), the URL line is what we wait for
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(PREFIX) && !url.isDone()) {
                        url.complete(line.substring(PREFIX.length()).strip());
                    }
                    file.write(line);
                    file.write('\n');
                    file.flush();
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("it exited with code " + exitCode(process)));
        }, "perfloop-tour-database-log");
        reader.setDaemon(true);
        reader.start();
        try {
            return new SharedShopDatabase(process, url.get(3, TimeUnit.MINUTES));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            String why = e instanceof ExecutionException ? e.getCause().getMessage() : "not ready within 3 minutes";
            throw new IllegalStateException("the shop's database did not start (" + why + "); its log: " + log, e);
        }
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "unknown (still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Its JDBC URL, user included (trust authentication on loopback). */
    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the process is gone already
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
