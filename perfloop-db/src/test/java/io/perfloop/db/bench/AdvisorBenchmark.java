package io.perfloop.db.bench;

import io.perfloop.db.Database;
import io.perfloop.db.RolledBack;
import io.perfloop.db.Shop;
import io.perfloop.db.advisor.AdvisorOptions;
import io.perfloop.db.advisor.AdvisorResult;
import io.perfloop.db.advisor.HypoPg;
import io.perfloop.db.advisor.IndexAdvisor;
import io.perfloop.db.advisor.IndexCandidate;
import io.perfloop.db.advisor.TableStats;
import io.perfloop.db.advisor.WhatIf;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.TableRef;
import io.perfloop.db.sql.SqlText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The index advisor against the best index found by exhaustive search and against a Dexter-style
 * baseline, all costed by the planner with hypopg on the seeded shop (local PostgreSQL 15).
 *
 * <p>Run: {@code perfloop-db/bench/advisor-benchmark.sh} (builds the test classes, then runs this
 * main on the full set and prints a Markdown table). A reduction is {@code 1 − cost after / cost
 * before}; a suggestion counts only when it cuts the cost by at least 50 % (the advisor's and
 * Dexter's rule), otherwise its reduction is 0. Time per query is the advisor's wall time,
 * including its catalogue reads, on a warm connection.
 */
public final class AdvisorBenchmark {
    static final double RULE = 0.5;

    /** One query's figures. */
    record Row(String sql, double before, double best, double advisor, double dexter, double advisorMillis,
               int exhaustiveEvaluations, double exhaustiveMillis, int advisorCandidates, String advisorIndexes, String bestIndexes) {
        double bestReduction() {
            return reduction(best);
        }

        double advisorReduction() {
            return counted(reduction(advisor));
        }

        double dexterReduction() {
            return counted(reduction(dexter));
        }

        /** Advisor reduction as a share of the best achievable; 1 when nothing reaches the 50 % rule. */
        double ratio() {
            return bestReduction() < RULE ? (advisorReduction() == 0 || advisorReduction() >= bestReduction() ? 1 : advisorReduction() / bestReduction())
                    : advisorReduction() / bestReduction();
        }

        private double reduction(double after) {
            return before > 0 ? Math.max(0, 1 - after / before) : 0;
        }

        private static double counted(double r) {
            return r >= RULE ? r : 0;
        }
    }

    private AdvisorBenchmark() {
    }

    static List<Row> run(String url, List<String> queries) {
        List<Row> rows = new ArrayList<>();
        try (Database db = Database.connect(url)) {
            IndexAdvisor advisor = new IndexAdvisor(db, AdvisorOptions.DEFAULTS);
            advisor.advise(queries.get(0), List.of()); // warm the connection and the JIT once
            for (String sql : queries) {
                long t0 = System.nanoTime();
                AdvisorResult advice = advisor.advise(sql, List.of());
                double advisorMillis = (System.nanoTime() - t0) / 1e6;
                rows.add(compare(db, advisor, sql, advice, advisorMillis));
            }
        }
        return rows;
    }

    private static Row compare(Database db, IndexAdvisor advisor, String sql, AdvisorResult advice, double advisorMillis) {
        SqlText text = SqlText.of(sql);
        QueryShape shape = QueryShape.of(sql).orElseThrow();
        WhatIf.QueryPlanner planner = advisor.planner(text, List.of());
        return RolledBack.run(db, false, Duration.ofMinutes(5), c -> {
            HypoPg hypo = HypoPg.open(c, new ArrayList<>());
            if (hypo == null) {
                throw new IllegalStateException("the benchmark needs hypopg on " + db.url());
            }
            double before = planner.plan(c).totalCost();
            Map<TableRef, Set<String>> columns = new LinkedHashMap<>();
            Map<TableRef, List<IndexCandidate>> space = new LinkedHashMap<>();
            for (TableRef t : shape.tables()) {
                Set<String> names = TableStats.load(c, t.name()).columnNames();
                columns.put(t, names);
                space.put(t, Exhaustive.candidates(shape, t, names));
            }
            long t0 = System.nanoTime();
            Baselines.Outcome best = Baselines.exhaustive(c, hypo, planner, space, before);
            double exhaustiveMillis = (System.nanoTime() - t0) / 1e6;
            Baselines.Outcome dexter = Baselines.dexter(c, hypo, planner, shape, columns, before);
            double advisorCost = advice.advice().isEmpty() ? before
                    : hypo.evaluate(c, planner, advice.advice().stream().map(a -> a.index()).toList()).plan().totalCost();
            return new Row(sql, before, best.cost(), advisorCost, dexter.cost(), advisorMillis, best.evaluations(), exhaustiveMillis,
                    advice.candidates(), describe(advice.advice().stream().map(a -> a.index()).toList()), describe(best.indexes()));
        });
    }

    private static String describe(List<IndexCandidate> indexes) {
        return indexes.isEmpty() ? "—" : String.join("; ", indexes.stream().map(IndexCandidate::body).toList());
    }

    /** Prints the Markdown table and the summary for the full set. */
    public static void main(String[] args) {
        List<Row> rows = run(args.length > 0 ? args[0] : Shop.pg15(), BenchQueries.ALL);
        System.out.println(markdown(rows));
    }

    static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| # | query | cost before | best (exhaustive) | advisor | advisor / best | Dexter-style | advisor time | candidates costed: advisor / exhaustive |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        int i = 1;
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %d | `%s` | %.0f | %s | %s | %.0f %% | %s | %.0f ms | %d / %d |%n", i++,
                    r.sql(), r.before(), cut(r.bestReduction()), cut(r.advisorReduction()), r.ratio() * 100, cut(r.dexterReduction()),
                    r.advisorMillis(), r.advisorCandidates(), r.exhaustiveEvaluations()));
        }
        out.append('\n').append(summary(rows));
        return out.toString();
    }

    private static String cut(double reduction) {
        return reduction == 0 ? "none" : String.format(Locale.ROOT, "−%.1f %%", reduction * 100);
    }

    static String summary(List<Row> rows) {
        double minRatio = rows.stream().mapToDouble(Row::ratio).min().orElse(0);
        double meanAdvisor = rows.stream().mapToDouble(Row::advisorReduction).average().orElse(0);
        double meanDexter = rows.stream().mapToDouble(Row::dexterReduction).average().orElse(0);
        double meanBest = rows.stream().mapToDouble(r -> r.bestReduction() >= RULE ? r.bestReduction() : 0).average().orElse(0);
        long better = rows.stream().filter(r -> r.advisorReduction() > r.dexterReduction() + 0.005).count();
        long worse = rows.stream().filter(r -> r.advisorReduction() < r.dexterReduction() - 0.005).count();
        double[] times = rows.stream().mapToDouble(Row::advisorMillis).sorted().toArray();
        double[] exhaustive = rows.stream().mapToDouble(Row::exhaustiveMillis).sorted().toArray();
        return String.format(Locale.ROOT, """
                queries: %d
                advisor / best: minimum %.0f %%, mean %.0f %%
                mean cost reduction: best %.1f %%, advisor %.1f %%, Dexter-style %.1f %%
                advisor vs Dexter-style: better on %d queries, worse on %d, equal on %d
                advisor time per query: median %.0f ms, max %.0f ms (exhaustive search: median %.0f ms, max %.0f ms)
                """, rows.size(), minRatio * 100, rows.stream().mapToDouble(Row::ratio).average().orElse(0) * 100,
                meanBest * 100, meanAdvisor * 100, meanDexter * 100, better, worse, rows.size() - better - worse,
                times[times.length / 2], times[times.length - 1], exhaustive[exhaustive.length / 2], exhaustive[exhaustive.length - 1]);
    }
}
