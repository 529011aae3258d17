package io.perfloop.samples.shop.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --serve-database}: a real embedded PostgreSQL that answers while its input is open and is gone after. */
class DatabaseServerTest {
    @Test
    void servesUntilItsInputClosesThenStops() throws Exception {
        PipedOutputStream parent = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(parent);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Thread server = new Thread(() -> {
            try {
                DatabaseServer.serve(in, new PrintStream(printed, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        server.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!printed.toString(StandardCharsets.UTF_8).contains("\n") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("database: jdbc:postgresql://127.0.0.1:");
        String url = line.substring("database: ".length());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 41 + 1")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(42);
        }
        parent.close();
        server.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(server.isAlive()).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).as("the server stopped with its input").isInstanceOf(java.sql.SQLException.class);
    }
}
