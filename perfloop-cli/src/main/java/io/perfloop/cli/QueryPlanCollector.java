package io.perfloop.cli;

import io.perfloop.core.detect.CollectedFindings;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.DatabaseUrls;
import io.perfloop.core.events.EventsReader;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.db.Database;
import io.perfloop.db.DbException;
import io.perfloop.db.captured.CapturedPlans;
import io.perfloop.db.captured.StatementShape;
import io.perfloop.db.captured.StatementShapes;
import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.Explainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Query plans of the statements the agent captured, taken when the measured window ends and the
 * application (and so an embedded database it started) still runs: the statement shapes that take
 * {@value #MIN_SHARE_PERCENT} % or more of an endpoint's wall time, the largest total time first,
 * at most {@value #MAX_STATEMENTS}, each explained once (safely: see {@link Explainer}) under a
 * statement timeout. Its findings go to {@code findings-db.json}, scoped to the endpoint with a
 * predicted gain that is a share of the endpoint's time ({@link CapturedPlans}).
 *
 * <p>The database is {@code --db} when given, else the URL the application itself connected with,
 * as the agent saw it ({@link DatabaseUrls}: without password, so it works where the server trusts
 * the user, as the embedded PostgreSQL of the sample shop does).
 */
final class QueryPlanCollector implements RunCollector {
    static final int MIN_SHARE_PERCENT = 5;
    static final int MAX_STATEMENTS = 20;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration BUDGET = Duration.ofSeconds(90);

    private final String explicitUrl;

    /** @param explicitUrl {@code --db}, or {@code null} for the URL the application used */
    QueryPlanCollector(String explicitUrl) {
        this.explicitUrl = explicitUrl == null || explicitUrl.isBlank() ? null : explicitUrl.trim();
    }

    @Override
    public String name() {
        return "query plans";
    }

    @Override
    public void measuringEnded(RunContext run) throws IOException {
        List<StatementShape> worth = shapes(run.dir()).worthExplaining(MIN_SHARE_PERCENT / 100.0);
        if (worth.isEmpty()) {
            step(run, "query plans: no statement takes " + MIN_SHARE_PERCENT + " % or more of its endpoint's time, none explained");
            return;
        }
        Database db = connect(run, worth.get(0));
        if (db == null) {
            return;
        }
        List<StatementShape> chosen = worth.subList(0, Math.min(MAX_STATEMENTS, worth.size()));
        long start = System.nanoTime();
        List<Finding> findings;
        AtomicInteger notExplained = new AtomicInteger();
        try (db; Explainer explainer = new Explainer(db, ExplainOptions.DEFAULTS.withTimeout(TIMEOUT))) {
            step(run, "explaining " + chosen.size() + " statement shapes on " + db.url() + " ("
                    + db.dialect().name().toLowerCase(Locale.ROOT) + " " + db.majorVersion() + ")"
                    + (worth.size() > chosen.size() ? "; " + (worth.size() - chosen.size()) + " smaller ones left out (at most "
                    + MAX_STATEMENTS + ")" : ""));
            findings = new CapturedPlans(explainer, BUDGET).explain(chosen, (shape, why) -> {
                notExplained.incrementAndGet();
                run.err().println("[record] query plan not taken for " + shape.endpoint() + ": " + abbreviate(shape.fingerprint()) + ": " + why);
                run.err().flush();
            });
        }
        Path file = CollectedFindings.write(run.dir(), "db", findings);
        step(run, String.format(Locale.ROOT, "query plans: %d findings from %d statement shapes in %.1f s (%s)%s", findings.size(),
                chosen.size() - notExplained.get(), (System.nanoTime() - start) / 1e9, file.getFileName(),
                notExplained.get() > 0 ? "; " + notExplained.get() + " not explained (see above)" : ""));
    }

    private static StatementShapes shapes(Path dir) throws IOException {
        StatementShapes shapes = new StatementShapes();
        Optional<Path> events = RecordedRun.EVENTS_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
        if (events.isPresent()) {
            try (EventsReader reader = EventsReader.open(events.get())) {
                for (RequestEvent r = reader.next(); r != null; r = reader.next()) {
                    shapes.add(r);
                }
            }
        }
        return shapes;
    }

    /** The database to explain on, or {@code null} after saying on {@code err} why there is none. */
    private Database connect(RunContext run, StatementShape probe) throws IOException {
        if (explicitUrl != null) {
            try {
                return Database.connect(explicitUrl);
            } catch (DbException e) {
                problem(run, e.getMessage() + " (--db)");
                return null;
            }
        }
        Set<String> urls = new LinkedHashSet<>();
        DatabaseUrls.read(run.dir()).forEach(seen -> urls.add(seen.connectUrl()));
        if (urls.isEmpty()) {
            problem(run, "the agent saw the application open no JDBC connection (a data source that bypasses "
                    + "java.sql.Driver?); pass --db JDBC_URL to explain the captured statements");
            return null;
        }
        List<String> failures = new ArrayList<>();
        Database fallback = null;
        for (String url : urls) {
            Database db;
            try {
                db = Database.connect(url);
            } catch (DbException e) {
                failures.add(e.getMessage());
                continue;
            }
            if (urls.size() == 1 || knows(db, probe)) {
                closeQuietly(fallback);
                if (urls.size() > 1) {
                    step(run, "the application connected with " + urls.size() + " JDBC URLs; explaining on the one that knows "
                            + "the captured statements' tables (--db chooses another)");
                }
                return db;
            }
            if (fallback == null) {
                fallback = db;
            } else {
                db.close();
            }
        }
        if (fallback != null) {
            return fallback; // none planned the statement: explain on the first that answered, each failure says why
        }
        problem(run, String.join("; ", failures) + " (the URL the application used, as the agent saw it: without its password); "
                + "pass --db JDBC_URL, with credentials, to explain the captured statements");
        return null;
    }

    /**
     * Whether {@code db} can plan the most time-consuming statement: an application may connect to
     * more than one database (the sample shop's embedded server creates its database through the
     * {@code postgres} one), and only the one holding the tables can explain anything. A plain
     * EXPLAIN, nothing run.
     */
    private static boolean knows(Database db, StatementShape probe) {
        try {
            new Explainer(db, ExplainOptions.DEFAULTS.withTimeout(TIMEOUT).withAnalyze(false).withAdvise(false))
                    .explain(probe.sample(), probe.endpoint());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void closeQuietly(Database db) {
        if (db != null) {
            db.close();
        }
    }

    /** Command-line arguments as a run keeps them ({@code run.json}): a {@code --db} URL without its password. */
    static List<String> withoutPasswords(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean url = i > 0 && args.get(i - 1).equals("--db") || a.startsWith("--db=");
            out.add(url ? DatabaseUrls.withoutPassword(a) : a);
        }
        return out;
    }

    private static String abbreviate(String sql) {
        return sql.length() > 100 ? sql.substring(0, 99) + "…" : sql;
    }

    private static void problem(RunContext run, String message) {
        run.err().println("perfloop record: query plans not taken: " + message);
        run.err().flush();
    }

    private static void step(RunContext run, String what) {
        run.out().println("[record] " + what);
        run.out().flush();
    }
}
