package io.perfloop.db.catalogue;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.db.Database;
import io.perfloop.db.Dialect;
import io.perfloop.db.RolledBack;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database-wide checks of {@code perfloop db-check}: unused, duplicate and invalid indexes,
 * and slow statements from the server's statistics linked to captured call sites. Read-only.
 *
 * <pre>{@code
 * try (Database db = Database.connect(url)) {
 *     CatalogueReport report = new CatalogueCheck(db, RuleConfig.defaults(), Duration.ofSeconds(10)).check(captured);
 *     System.out.print(CatalogueText.render(report));
 * }
 * }</pre>
 */
public final class CatalogueCheck {
    private static final RuleRegistry RULES = RuleRegistry.load(CatalogueCheck.class.getClassLoader());

    private final Database db;
    private final RuleConfig rules;
    private final Duration timeout;

    /** A check of {@code db}. */
    public CatalogueCheck(Database db, RuleConfig rules, Duration timeout) {
        this.db = db;
        this.rules = rules;
        this.timeout = timeout;
    }

    /**
     * Connects to {@code jdbcUrl}, checks, and closes the connection: what {@code perfloop db-check --db <url>} runs.
     *
     * @param captured statements perfloop captured (for call sites), may be empty
     */
    public static CatalogueReport check(String jdbcUrl, RuleConfig rules, Duration timeout, List<StatementEvent> captured) {
        try (Database db = Database.connect(jdbcUrl)) {
            return new CatalogueCheck(db, rules, timeout).check(captured);
        }
    }

    /** Checks without captured statements (slow statements are reported without call sites). */
    public CatalogueReport check() {
        return check(List.of());
    }

    /** Checks, linking slow statements to the call sites of these captured statements by fingerprint. */
    public CatalogueReport check(List<StatementEvent> captured) {
        List<String> notes = new ArrayList<>();
        List<TableIndex> indexes;
        boolean usage;
        if (db.dialect() == Dialect.POSTGRESQL) {
            indexes = new PgCatalog(db, timeout).allIndexes();
            usage = true;
            notes.add("index usage counted since " + statsSince() + " (scans on replicas are not included)");
        } else {
            usage = RolledBack.run(db, true, timeout, c -> {
                try (Statement s = c.createStatement()) {
                    return StatementStats.performanceSchema(s);
                }
            });
            indexes = MySqlCatalog.indexes(db, timeout, usage);
        }
        List<SlowStatement> statements = StatementStats.read(db, timeout, notes);
        Catalogue catalogue = new Catalogue(db.url(), indexes, usage, statements, callSites(captured));
        return new CatalogueReport(catalogue, RULES.check(catalogue, rules), notes);
    }

    private String statsSince() {
        return RolledBack.run(db, true, timeout, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT coalesce(stats_reset, pg_postmaster_start_time())::timestamptz(0)::text FROM pg_stat_database WHERE datname = current_database()")) {
                return rs.next() ? rs.getString(1) : "?";
            }
        });
    }

    private static Map<String, List<CallSite>> callSites(List<StatementEvent> captured) {
        Map<String, Set<CallSite>> sites = new LinkedHashMap<>();
        for (StatementEvent e : captured) {
            if (e.callSite() != null && !CallSite.UNKNOWN.equals(e.callSite())) {
                sites.computeIfAbsent(e.fingerprint(), k -> new LinkedHashSet<>()).add(e.callSite());
            }
        }
        Map<String, List<CallSite>> out = new LinkedHashMap<>();
        sites.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
