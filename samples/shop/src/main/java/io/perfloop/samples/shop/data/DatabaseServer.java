package io.perfloop.samples.shop.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * {@code java -jar shop.jar --serve-database}: only the shop's embedded PostgreSQL 17, no shop. It
 * prints {@code database: <jdbc url>} and serves until its standard input closes (the parent that
 * started it exited or closed the pipe), then deletes its data. {@code perfloop tour} runs one for
 * the whole tour and starts each shop with {@code --db-url}: the data is seeded once, not once per run.
 */
public final class DatabaseServer {
    /** The argument that selects this mode. */
    public static final String ARGUMENT = "--serve-database";

    private DatabaseServer() {
    }

    /** Serves until {@code in} reaches its end. */
    public static void serve(InputStream in, PrintStream out) throws IOException {
        try (ShopDatabase database = ShopDatabase.embedded()) {
            out.println("database: " + database.jdbcUrl());
            out.flush();
            while (in.read() >= 0) {
                // anything written to us is ignored; the end of the stream is the signal to stop
            }
        }
    }
}
