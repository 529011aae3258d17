package io.perfloop.testdb;

import java.time.Duration;

/**
 * Where an {@link EmbeddedPostgres} spent its start-up.
 *
 * @param binaries  finding the binaries: unpacking the archive when {@code extracted}, otherwise
 *                  hashing it to find the cached tree (or nothing, when this JVM already did)
 * @param extracted whether this start unpacked the archive (a cold cache)
 * @param initdb    creating the cluster
 * @param start     {@code pg_ctl start} until the server accepted connections
 */
public record StartupTimes(Duration binaries, boolean extracted, Duration initdb, Duration start) {

    /** The whole start-up. */
    public Duration total() {
        return binaries.plus(initdb).plus(start);
    }

    @Override
    public String toString() {
        return "binaries " + binaries.toMillis() + " ms (" + (extracted ? "unpacked" : "cached") + "), initdb "
                + initdb.toMillis() + " ms, start " + start.toMillis() + " ms, total " + total().toMillis() + " ms";
    }
}
