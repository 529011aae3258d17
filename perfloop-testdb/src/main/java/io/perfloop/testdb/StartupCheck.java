package io.perfloop.testdb;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Starts an embedded PostgreSQL, prints what it cost and how to reach it, and stops it again
 * (or, with {@code --hold}, keeps it running until Ctrl-C).
 *
 * <pre>
 * mvn -B -q -pl perfloop-testdb dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp perfloop-testdb/target/classes:$(cat /tmp/cp.txt) io.perfloop.testdb.StartupCheck [--hold]
 * </pre>
 */
public final class StartupCheck {

    private StartupCheck() {
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        boolean hold = args.length > 0 && "--hold".equals(args[0]);
        report(System.out, hold);
    }

    static void report(PrintStream out, boolean hold) throws SQLException, InterruptedException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            out.println("started  " + postgres.startupTimes());
            out.println("version  " + version(postgres));
            out.println("url      " + postgres.jdbcUrl());
            out.println("data     " + postgres.dataDirectory());
            if (hold) {
                out.println("running; Ctrl-C stops it and deletes the data directory");
                new CountDownLatch(1).await();
            }
        }
    }

    private static String version(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1);
        }
    }
}
