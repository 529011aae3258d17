package io.perfloop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
                .redirectError(log.toFile()).start();
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = firstLine.get(3, TimeUnit.MINUTES);
            if (line == null || !line.startsWith(PREFIX)) {
                throw new IllegalStateException("the shop's database did not start (" + (line == null ? "no output" : line)
                        + "); its log: " + log);
            }
            return new SharedShopDatabase(process, line.substring(PREFIX.length()).strip());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("the shop's database did not start within 3 minutes; its log: " + log, e);
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
