package io.perfloop.db.explain;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.db.Database;
import io.perfloop.db.DbException;
import io.perfloop.db.advisor.AdvisorOptions;
import io.perfloop.db.advisor.AdvisorResult;
import io.perfloop.db.advisor.IndexAdvisor;
import io.perfloop.db.catalogue.PgCatalog;
import io.perfloop.db.mysql.MySqlExplain;
import io.perfloop.db.mysql.MySqlPlan;
import io.perfloop.db.plan.Plan;
import io.perfloop.db.plan.PlanNode;
import io.perfloop.db.rules.PlanEvidence;
import io.perfloop.db.sql.Parameterizer;
import io.perfloop.db.sql.ParsedSql;
import io.perfloop.db.sql.SqlText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explains statements safely and says what to change: the entry point of {@code perfloop explain}.
 *
 * <pre>{@code
 * try (Explainer explainer = Explainer.connect("jdbc:postgresql://localhost/app?user=me", ExplainOptions.DEFAULTS)) {
 *     ExplainReport report = explainer.explain("select * from orders where customer_id = 42");
 *     System.out.print(ExplainText.render(report));
 * }
 * }</pre>
 *
 * <p>Safety: only a read-only query (a SELECT without INTO, row locks or data-modifying WITH) is
 * executed, by EXPLAIN ANALYZE inside a {@code READ ONLY} transaction that is rolled back, under a
 * statement timeout; everything else gets a plain EXPLAIN, which plans but does not run. More than
 * one statement is refused.
 */
public final class Explainer implements AutoCloseable {
    private static final RuleRegistry RULES = RuleRegistry.load(Explainer.class.getClassLoader());

    private final Database db;
    private final boolean ownsDatabase;
    private final ExplainOptions options;

    /** An explainer on an open database; the caller closes it. */
    public Explainer(Database db, ExplainOptions options) {
        this(db, false, options);
    }

    private Explainer(Database db, boolean ownsDatabase, ExplainOptions options) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
        this.options = options;
    }

    /** Connects to {@code jdbcUrl}; {@link #close()} closes the connection. */
    public static Explainer connect(String jdbcUrl, ExplainOptions options) {
        return new Explainer(Database.connect(jdbcUrl), true, options);
    }

    /** Explains a statement with constants (or with {@code ?}/{@code $n} parameters: then only the generic plan). */
    public ExplainReport explain(String sql) {
        return explain(sql, List.of());
    }

    /**
     * Explains a statement with JDBC {@code ?} placeholders and their values (as perfloop captured
     * them when values were kept): the plan for these values, and the generic plan.
     *
     * @throws DbException for malformed or multiple statements, a wrong number of values, or a database error
     */
    public ExplainReport explain(String sql, List<?> parameters) {
        return explain(sql, parameters, null, null);
    }

    /**
     * Explains a statement perfloop captured: with its bind values when they were kept (else its
     * generic plan), and with its call site and scope on every PostgreSQL finding, so
     * {@code record} can rank plan findings next to the statement findings.
     *
     * @param scope where it ran, e.g. {@code GET /orders}
     */
    public ExplainReport explain(StatementEvent captured, String scope) {
        List<String> values = captured.parameters() == null ? List.of() : captured.parameters();
        return explain(captured.sql(), values, scope, captured.callSite() == null ? null : captured.callSite().toString());
    }

    private ExplainReport explain(String sql, List<?> parameters, String scope, String callSite) {
        SqlText text = SqlText.of(sql, db.dialect().isMySqlFamily());
        if (!parameters.isEmpty() && text.placeholderCount() != parameters.size()) {
            throw new DbException("the statement has " + text.placeholderCount() + " ? placeholders but " + parameters.size()
                    + " values were given" + (text.dollarParameterCount() > 0 ? " (values need ? placeholders, not $n)" : ""));
        }
        ParsedSql parsed = ParsedSql.parse(text.sql());
        boolean unbound = text.parameterCount() > 0 && parameters.isEmpty();
        boolean analyze = options.analyze() && parsed.isReadOnlyQuery() && !unbound;
        List<String> notes = new ArrayList<>();
        if (!parsed.isReadOnlyQuery()) {
            notes.add(parsed.error() != null
                    ? "perfloop could not parse the statement (" + parsed.error() + "), so it was not run: plain EXPLAIN"
                    : "not a read-only query: plain EXPLAIN, the statement was not run");
        } else if (unbound) {
            notes.add("the statement has parameters and no values: only its generic plan, the statement was not run");
        }
        if (db.dialect().isMySqlFamily()) {
            MySqlPlan plan = new MySqlExplain(db, options.timeout()).plan(text.sql(), parameters, analyze);
            List<Finding> findings = RULES.check(plan, options.rules());
            return new ExplainReport(text.sql(), describe(), analyze, null, null, plan, findings, null, notes);
        }
        return explainPostgres(text, parsed, parameters, analyze, unbound, notes, scope, callSite);
    }

    private ExplainReport explainPostgres(SqlText text, ParsedSql parsed, List<?> parameters, boolean analyze, boolean unbound, List<String> notes,
                                          String scope, String callSite) {
        PgExplain explain = new PgExplain(db, options.timeout());
        Plan custom = unbound ? null : explain.plan(text.sql(), parameters, analyze);
        Plan generic = genericPlan(explain, text, unbound, notes);
        Plan main = custom != null ? custom : generic;
        Set<String> tables = new LinkedHashSet<>();
        main.nodes().stream().map(PlanNode::relation).filter(r -> r != null).forEach(tables::add);
        PgCatalog catalog = new PgCatalog(db, options.timeout());
        AdvisorResult advice = null;
        if (options.advise() && parsed.plainSelect().isPresent()) {
            advice = new IndexAdvisor(db, AdvisorOptions.DEFAULTS.withTimeout(options.timeout()).withAllowTrialIndex(options.allowTrialIndex()))
                    .advise(text.sql(), parameters);
        }
        PlanEvidence evidence = new PlanEvidence(text.sql(), scope, callSite, main, custom == null ? null : generic,
                catalog.indexesOn(tables), catalog.tableRows(tables), advice == null ? List.of() : advice.advice());
        List<Finding> findings = RULES.check(evidence, options.rules());
        return new ExplainReport(text.sql(), describe(), analyze, custom, generic, null, findings, advice, notes);
    }

    private Plan genericPlan(PgExplain explain, SqlText text, boolean unbound, List<String> notes) {
        Optional<String> dollar = text.parameterCount() > 0 ? Optional.of(text.toDollarParameters()) : Parameterizer.parameterize(text.sql());
        if (dollar.isEmpty()) {
            return null;
        }
        try {
            return explain.genericPlan(dollar.get(), SqlText.of(dollar.get()).parameterCount());
        } catch (DbException e) {
            if (unbound) {
                throw e;
            }
            notes.add("no generic plan: " + e.getMessage());
            return null;
        }
    }

    private String describe() {
        return db.url() + " (" + db.dialect().name().toLowerCase(java.util.Locale.ROOT) + " " + db.majorVersion() + ")";
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
