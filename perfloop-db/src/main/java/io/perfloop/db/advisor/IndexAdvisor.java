package io.perfloop.db.advisor;

import io.perfloop.db.Database;
import io.perfloop.db.Dialect;
import io.perfloop.db.RolledBack;
import io.perfloop.db.explain.PgExplain;
import io.perfloop.db.plan.Plan;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.TableRef;
import io.perfloop.db.sql.SqlText;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests indexes for one SELECT on PostgreSQL and verifies each before it is shown: with hypopg
 * (hypothetical indexes) when the server has it, else with real indexes built inside a rolled-back
 * transaction when {@link AdvisorOptions#allowTrialIndex()}, else it says the suggestion is
 * unverified. The statement itself is only ever planned (plain EXPLAIN), never run.
 *
 * <pre>{@code
 * try (Database db = Database.connect(url)) {
 *     AdvisorResult r = new IndexAdvisor(db, AdvisorOptions.DEFAULTS).advise("select … where …", List.of());
 *     System.out.print(AdviceText.render(r));
 * }
 * }</pre>
 */
public final class IndexAdvisor {
    /** Below this many cost units saved (a few page reads) a new index is not worth its writes. */
    static final double MIN_COST_SAVING = 10;

    private final Database db;
    private final AdvisorOptions options;
    private final CandidateGenerator generator;

    /** An advisor on {@code db} (PostgreSQL only). */
    public IndexAdvisor(Database db, AdvisorOptions options) {
        this.db = db;
        this.options = options;
        this.generator = new CandidateGenerator(options.maxInclude(), options.skewTopShare(), options.rareValueShare());
    }

    /**
     * Advice for {@code sql}: a SELECT with constants, or with JDBC {@code ?} placeholders and
     * their {@code parameters} (empty: the generic plan is costed).
     */
    public AdvisorResult advise(String sql, List<?> parameters) {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return AdvisorResult.none("the index advisor needs PostgreSQL; for " + db.dialect() + " see the plan findings");
        }
        SqlText text = SqlText.of(sql);
        Optional<QueryShape> shape = QueryShape.of(text.sql());
        if (shape.isEmpty()) {
            return AdvisorResult.none("no index advice: not a single-block SELECT over tables that perfloop can parse");
        }
        WhatIf.QueryPlanner planner = planner(text, parameters);
        return RolledBack.run(db, false, options.timeout(), c -> advise(c, shape.get(), planner));
    }

    /** How the statement is planned: with its values, or its generic plan when it has unbound parameters. */
    public WhatIf.QueryPlanner planner(SqlText text, List<?> parameters) {
        if (text.parameterCount() > 0 && parameters.isEmpty()) {
            String dollar = text.toDollarParameters();
            int n = text.parameterCount();
            return c -> PgExplain.genericPlanIn(c, db.majorVersion(), dollar, n);
        }
        return c -> PgExplain.planIn(c, text.sql(), parameters, false);
    }

    private AdvisorResult advise(Connection c, QueryShape shape, WhatIf.QueryPlanner planner) throws SQLException {
        List<String> notes = new ArrayList<>();
        WhatIf whatIf = HypoPg.open(c, notes);
        if (whatIf == null && options.allowTrialIndex()) {
            whatIf = new TrialIndexes();
            notes.add("verifying with trial indexes built inside a rolled-back transaction (--allow-trial-index)");
        }
        Plan before = planner.plan(c);
        List<IndexAdvice> advice = new ArrayList<>();
        List<IndexAdvice> costed = new ArrayList<>();
        // greedy over the tables in FROM order: each table's candidates are costed with the
        // indexes already chosen for the tables before it, so a join's inner index is seen
        // together with the outer one that makes a nested loop worth it; any real improvement is
        // kept for now, the whole set is judged (and pruned) at the end
        double current = before.totalCost();
        List<IndexAdvice> tentative = new ArrayList<>();
        for (TableRef table : shape.tables()) {
            TableStats stats = TableStats.load(c, table.name());
            Map<IndexCandidate, String> candidates = generator.candidates(shape, table, stats);
            if (candidates.isEmpty()) {
                continue;
            }
            if (whatIf == null) {
                advice.add(unverified(before, table, stats, candidates));
                continue;
            }
            List<IndexCandidate> chosen = tentative.stream().map(IndexAdvice::index).toList();
            IndexAdvice best = null;
            for (Map.Entry<IndexCandidate, String> candidate : candidates.entrySet()) {
                WhatIf.Evaluation e = whatIf.evaluate(c, planner, with(chosen, candidate.getKey()));
                IndexAdvice a = new IndexAdvice(candidate.getKey(), whatIf.kind(), current, e.plan().totalCost(),
                        e.sizes().get(e.sizes().size() - 1), e.scanOf(e.names().size() - 1), candidate.getValue());
                costed.add(a);
                if (best == null || better(a, best)) {
                    best = a;
                }
            }
            if (current - best.costAfter() >= MIN_COST_SAVING && !best.scanAfter().isEmpty()) {
                tentative.add(best);
                current = best.costAfter();
            }
        }
        if (whatIf != null && !tentative.isEmpty() && (before.totalCost() - current) / before.totalCost() >= options.minReduction()) {
            advice.addAll(prune(c, whatIf, planner, tentative, current));
        }
        if (whatIf == null) {
            notes.add("unverified: install hypopg, or pass --allow-trial-index to build each index inside a rolled-back transaction");
            return new AdvisorResult(advice, Verification.UNVERIFIED, before.totalCost(), Double.NaN, List.of(), notes);
        }
        double after = Double.NaN;
        if (!advice.isEmpty()) {
            after = whatIf.evaluate(c, planner, advice.stream().map(IndexAdvice::index).toList()).plan().totalCost();
        }
        return new AdvisorResult(advice, whatIf.kind(), before.totalCost(), after, costed, notes);
    }

    /**
     * Keeps the indexes that earn their place in the final set: each is reported with the cost
     * of the statement without it (the others in place) and with the whole set. An index whose
     * absence raises the cost by less than {@value #SIZE_TIE} of it is dropped.
     */
    private List<IndexAdvice> prune(Connection c, WhatIf whatIf, WhatIf.QueryPlanner planner, List<IndexAdvice> set, double cost) throws SQLException {
        if (set.size() == 1) {
            IndexAdvice only = set.get(0);
            return List.of(only);
        }
        List<IndexAdvice> kept = new ArrayList<>();
        List<IndexCandidate> all = set.stream().map(IndexAdvice::index).toList();
        for (IndexAdvice a : set) {
            List<IndexCandidate> others = all.stream().filter(i -> !i.equals(a.index())).toList();
            double without = whatIf.evaluate(c, planner, others).plan().totalCost();
            if (without - cost > SIZE_TIE * without && without - cost >= MIN_COST_SAVING) {
                kept.add(new IndexAdvice(a.index(), a.verification(), without, cost, a.sizeBytes(), a.scanAfter(), a.reason()));
            }
        }
        return kept;
    }

    private static List<IndexCandidate> with(List<IndexCandidate> chosen, IndexCandidate candidate) {
        List<IndexCandidate> set = new ArrayList<>(chosen);
        set.add(candidate);
        return set;
    }

    /**
     * The larger cost reduction wins; within {@value #SIZE_TIE} of the starting cost the smaller
     * index wins (it costs less to write, cache and keep): a 50 kB partial index that removes
     * 94 % of the cost beats an 8 MB one that removes 95 %.
     */
    static boolean better(IndexAdvice a, IndexAdvice best) {
        if (a.scanAfter().isEmpty()) {
            return best.scanAfter().isEmpty() && a.costAfter() < best.costAfter();
        }
        if (best.scanAfter().isEmpty()) {
            return true;
        }
        double gap = (best.costAfter() - a.costAfter()) / a.costBefore();
        if (gap > SIZE_TIE) {
            return true;
        }
        return gap >= -SIZE_TIE && a.sizeBytes() < best.sizeBytes();
    }

    /** Cost reductions closer than this share of the starting cost count as a tie. */
    static final double SIZE_TIE = 0.02;

    private IndexAdvice unverified(Plan before, TableRef table, TableStats stats, Map<IndexCandidate, String> candidates) {
        // without a planner to ask, the first candidate is the textbook one: equality, then range
        Map.Entry<IndexCandidate, String> first = candidates.entrySet().iterator().next();
        IndexCandidate index = first.getKey();
        long width = 0;
        for (String column : index.keyColumns()) {
            width += stats.column(column.replace(" DESC", "").replace("\"", "")).avgWidth();
        }
        for (String column : index.include()) {
            width += stats.column(column.replace("\"", "")).avgWidth();
        }
        // btree leaf tuple: 8-byte header + 4-byte line pointer + data, ~90 % fill
        long size = (long) (stats.rows() * (width + 12) / 0.9);
        return new IndexAdvice(index, Verification.UNVERIFIED, before.totalCost(), Double.NaN, size, "", first.getValue());
    }
}
