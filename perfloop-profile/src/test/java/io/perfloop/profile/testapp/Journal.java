package io.perfloop.profile.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * What a test program tells its test: request intervals (as the agent would record them) and the
 * CPU time a phase really used, one tab-separated line each.
 */
public final class Journal {
    private final Path file;

    public Journal(Path file) {
        this.file = file;
    }

    /** Runs {@code work} as one request of {@code endpoint} on this thread, journaling its interval. */
    public void request(String endpoint, Runnable work) {
        long start = now();
        try {
            work.run();
        } finally {
            long end = now();
            append("interval\t" + endpoint + "\t" + Thread.currentThread().getId() + "\t" + Thread.currentThread().getName()
                    + "\t" + start + "\t" + end);
        }
    }

    /** Runs {@code work} as one request and journals this thread's CPU time during it. */
    public void measuredRequest(String endpoint, Runnable work) {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        request(endpoint, work);
        long used = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
        append("cpu\t" + endpoint + "\t" + used);
    }

    static long now() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private synchronized void append(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
