package io.perfloop.cli;

import io.perfloop.core.detect.CollectedFindings;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.events.DatabaseUrls;
import io.perfloop.core.events.EventsHeader;
import io.perfloop.core.events.EventsWriter;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query-plan collector on a run directory as the agent leaves it (an events file written by
 * core's {@link EventsWriter}, the agent's {@code jdbc-urls.txt}) and a real PostgreSQL 17: a table
 * lacking an index, a partial index the query cannot use, and an indexed lookup that must stay quiet.
 */
class QueryPlanCollectorTest {
    static final String BY_CUSTOMER = "SELECT id, status FROM orders WHERE customer_id = ? AND status = ? ORDER BY created_at DESC";
    static final String QUEUE = "SELECT id, customer_id FROM orders WHERE upper(status) = upper(?) ORDER BY created_at, id LIMIT ?";
    static final String CUSTOMER = "SELECT email FROM customers WHERE id = ?";
    static final CallSite SITE = new CallSite("com.acme.shop.Orders", "byCustomer", "Orders.java", 31);

    static String url;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void database() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.shared();
        String name = "perfloop_cli_plans_" + ProcessHandle.current().pid();
        url = pg.createDatabase(name);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL)");
            s.execute("INSERT INTO customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 20000) g");
            // no index on customer_id; statuses like a shop's: almost all completed, the few in processing the newest
            s.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL)");
            s.execute("INSERT INTO orders SELECT g, 1 + (g * 7919) % 20000, CASE WHEN g > 59700 THEN 'processing' WHEN g % 50 = 0 THEN 'pending' "
                    + "ELSE 'completed' END, timestamptz '2025-01-01' + g * interval '1 minute' FROM generate_series(1, 60000) g");
            s.execute("CREATE INDEX orders_created_at_idx ON orders (created_at)");
            s.execute("CREATE INDEX orders_processing_idx ON orders (created_at) WHERE status = 'processing'");
            s.execute("VACUUM ANALYZE customers");
            s.execute("VACUUM ANALYZE orders");
        }
    }

    QueryPlanCollector.RunContext run() {
        return new RunCollector.RunContext(dir, ProcessHandle.current().pid(), null, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static StatementEvent statement(String sql, double millis, List<String> values) {
        return new StatementEvent(0, 1, sql, SqlFingerprint.of(sql), StatementKind.SELECT, values, 0, 0, (long) (millis * 1e6), 1, 1, 1,
                SITE, Set.of(), "exec-1", null);
    }

    /** An events file like the agent's: ten requests per endpoint, each statement taking most of its endpoint's time. */
    void recording(boolean keptValues) throws Exception {
        List<RequestEvent> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(request(i, "GET /customers/{id}/orders", 10, statement(BY_CUSTOMER, 8, keptValues ? List.of("" + (7 + i), "pending") : null)));
            requests.add(request(100 + i, "GET /orders/processing", 12, statement(QUEUE, 9, keptValues ? List.of("processing", "50") : null)));
            requests.add(request(200 + i, "GET /customers/{id}", 5, statement(CUSTOMER, 3, keptValues ? List.of("" + (3 + i)) : null)));
        }
        try (EventsWriter w = EventsWriter.create(dir.resolve("events.jsonl"), new EventsHeader(EventsWriter.FORMAT, "test", 1, "17", 0, Map.of()))) {
            for (RequestEvent r : requests) {
                w.write(r);
            }
        }
    }

    static RequestEvent request(long id, String endpoint, double wallMillis, StatementEvent s) {
        return new RequestEvent(id, endpoint, "GET", "/x", 200, 0, (long) (wallMillis * 1e6), -1, -1, -1, "servlet", "exec-1",
                List.of(s), List.of(), 0, 0, null);
    }

    List<Finding> findings() throws Exception {
        return CollectedFindings.readAll(dir);
    }

    @Test
    void withDb_findsTheMissingIndexAndTheUnusablePartialIndex_atTheirEndpoints() throws Exception {
        recording(true);

        new QueryPlanCollector(url).measuringEnded(run());

        assertThat(out.toString()).contains("[record] explaining 3 statement shapes on " + url + " (postgresql 17)");
        assertThat(err.toString()).isEmpty();
        List<Finding> findings = findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("missing-index")).singleElement().satisfies(f -> {
            assertThat(f.scope()).isEqualTo("GET /customers/{id}/orders");
            assertThat(f.callSite()).isEqualTo("com.acme.shop.Orders.byCustomer(Orders.java:31)");
            assertThat(f.evidence().get("node")).isEqualTo("Seq Scan on orders");
            assertThat(f.fix()).contains("CREATE INDEX CONCURRENTLY ON orders (customer_id");
            // the scan is nearly all of a statement that takes 80 % of the endpoint's time
            assertThat(f.predictedGain()).isBetween(0.5, 0.8);
        });
        assertThat(findings).filteredOn(f -> f.ruleId().equals("partial-index-unused") && f.scope().equals("GET /orders/processing"))
                .singleElement().satisfies(f -> {
            assertThat(f.title()).contains("orders_processing_idx").contains("does not filter status");
            assertThat(f.predictedGain()).isGreaterThan(0.3).isLessThanOrEqualTo(0.75);
        });
        assertThat(findings).noneMatch(f -> f.scope().equals("GET /customers/{id}"));

        // a run read back ranks them with the engine's findings
        List<RankedFinding> ranked = RecordedRun.read(dir).findings();
        assertThat(ranked).anyMatch(r -> r.finding().ruleId().equals("missing-index") && r.score() > 0);
    }

    @Test
    void withoutDb_usesTheUrlTheAgentSaw_withTheUserItConnectedAs() throws Exception {
        recording(false);
        DatabaseUrls.write(dir, List.of(DatabaseUrls.Seen.of(url.substring(0, url.indexOf('?')) + "?password=unused", "postgres")));

        new QueryPlanCollector(null).measuringEnded(run());

        assertThat(out.toString()).contains("[record] explaining 3 statement shapes on " + url);
        assertThat(findings()).filteredOn(f -> f.ruleId().equals("missing-index")).singleElement().satisfies(f -> {
            assertThat(f.scope()).isEqualTo("GET /customers/{id}/orders");
            assertThat(f.evidence().get("plan").toString()).startsWith("generic plan only");
        });
    }

    @Test
    void severalUrlsSeen_explainsOnTheDatabaseThatHasTheTables() throws Exception {
        // like the sample shop: its embedded server's database is created through the "postgres" one first
        recording(true);
        DatabaseUrls.write(dir, List.of(DatabaseUrls.Seen.of(EmbeddedPostgres.shared().jdbcUrl(), null), DatabaseUrls.Seen.of(url, null)));

        new QueryPlanCollector(null).measuringEnded(run());

        assertThat(out.toString()).contains("connected with 2 JDBC URLs").contains("explaining 3 statement shapes on " + url);
        assertThat(err.toString()).isEmpty();
        assertThat(findings()).anyMatch(f -> f.ruleId().equals("missing-index") && f.scope().equals("GET /customers/{id}/orders"));
    }

    @Test
    void negative_indexedLookupsOnly_noFinding() throws Exception {
        try (EventsWriter w = EventsWriter.create(dir.resolve("events.jsonl"), new EventsHeader(EventsWriter.FORMAT, "test", 1, "17", 0, Map.of()))) {
            for (int i = 0; i < 5; i++) {
                w.write(request(i, "GET /customers/{id}", 5, statement(CUSTOMER, 3, List.of("" + (3 + i)))));
            }
        }

        new QueryPlanCollector(url).measuringEnded(run());

        assertThat(out.toString()).contains("explaining 1 statement shapes");
        assertThat(findings()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void discoveredUrlRefused_saysPassDb_andWritesNothing() throws Exception {
        recording(false);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        DatabaseUrls.write(dir, List.of(DatabaseUrls.Seen.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/shop", "postgres")));

        new QueryPlanCollector(null).measuringEnded(run());

        assertThat(err.toString()).contains("perfloop record: query plans not taken: cannot connect to jdbc:postgresql://127.0.0.1:" + closedPort)
                .contains("pass --db JDBC_URL");
        assertThat(Files.exists(dir.resolve("findings-db.json"))).isFalse();
    }

    @Test
    void noUrlSeen_saysPassDb() throws Exception {
        recording(false);

        new QueryPlanCollector(null).measuringEnded(run());

        assertThat(err.toString()).contains("the agent saw the application open no JDBC connection").contains("pass --db JDBC_URL");
    }

    @Test
    void aStatementThatCannotBeExplained_isNamedOnErr_andTheOthersAreExplained() throws Exception {
        try (EventsWriter w = EventsWriter.create(dir.resolve("events.jsonl"), new EventsHeader(EventsWriter.FORMAT, "test", 1, "17", 0, Map.of()))) {
            w.write(request(1, "GET /gone", 10, statement("SELECT * FROM dropped_table WHERE id = ?", 9, List.of("1"))));
            w.write(request(2, "GET /customers/{id}/orders", 10, statement(BY_CUSTOMER, 8, List.of("7", "pending"))));
        }

        new QueryPlanCollector(url).measuringEnded(run());

        assertThat(err.toString()).startsWith("[record] query plan not taken for GET /gone: select * from dropped_table where id=?: ")
                .contains("dropped_table");
        assertThat(findings()).anyMatch(f -> f.ruleId().equals("missing-index"));
        assertThat(out.toString()).containsPattern("query plans: \\d+ findings from 1 statement shapes in .* s \\(findings-db.json\\); 1 not explained");
    }

    @Test
    void dbPassword_neverKeptInTheRunsCommand() {
        assertThat(QueryPlanCollector.withoutPasswords(List.of("record", "--db", "jdbc:postgresql://h/shop?user=app&password=s3cret",
                "--db=jdbc:mysql://app:s3cret@h/shop", "--name", "password=x")))
                .containsExactly("record", "--db", "jdbc:postgresql://h/shop?user=app", "--db=jdbc:mysql://app@h/shop", "--name", "password=x");
    }
}
