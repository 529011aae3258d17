package io.perfloop.db.captured;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.explain.Explainer;
import io.perfloop.db.plan.Plan;
import io.perfloop.db.plan.PlanNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The query plans of a recording's statements: each {@link StatementShape} is explained once,
 * from its captured execution (with its bind values when they were kept, else its generic plan;
 * never changing data, see {@link Explainer}), and every plan finding is turned into a finding of
 * the endpoint: scope the endpoint, call site the captured one, and predicted gain a share of the
 * endpoint's wall time — the plan's gain (the node's share of the statement's time, measured by
 * EXPLAIN ANALYZE, or of its estimated cost when the statement was not run; none when the rule
 * names none for a statement that ran) times the statement
 * shape's share of the endpoint's time. So a finding ranks with the engine's by what fixing it
 * would save per request of the endpoint, not per execution of the statement.
 *
 * <pre>{@code
 * try (Explainer explainer = Explainer.connect(url, ExplainOptions.DEFAULTS.withTimeout(Duration.ofSeconds(10)))) {
 *     List<Finding> findings = new CapturedPlans(explainer, Duration.ofSeconds(90))
 *             .explain(shapes.worthExplaining(0.05), (shape, why) -> err.println(why));
 * }
 * }</pre>
 */
public final class CapturedPlans {
    /** Hears about statements that could not be explained; the others go on. */
    @FunctionalInterface
    public interface Listener {
        /** {@code shape} was not explained, for {@code reason}. */
        void notExplained(StatementShape shape, String reason);
    }

    private static final String HOT_NODE = "hot-node";

    private final Explainer explainer;
    private final Duration budget;

    /**
     * @param explainer connected to the database the statements ran on
     * @param budget    time for all the plans together; the statements left when it is used up are
     *                  reported to the listener, not explained
     */
    public CapturedPlans(Explainer explainer, Duration budget) {
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** The plan findings of {@code shapes}, as findings of their endpoints, in the order explained. */
    public List<Finding> explain(List<StatementShape> shapes, Listener listener) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Finding> out = new ArrayList<>();
        for (StatementShape shape : shapes) {
            if (System.nanoTime() - deadline >= 0) {
                listener.notExplained(shape, "the " + budget.toSeconds() + " s for query plans were used up");
                continue;
            }
            ExplainReport report;
            try {
                report = explainer.explain(shape.sample(), shape.endpoint());
            } catch (RuntimeException e) {
                listener.notExplained(shape, e.getMessage() == null ? e.toString() : e.getMessage());
                continue;
            }
            for (Finding f : withoutRedundantHotNode(report.findings())) {
                out.add(forEndpoint(f, shape, report));
            }
        }
        return out;
    }

    /**
     * A hot-node finding only points at the node "the other findings" explain: when another finding
     * of the same plan names that node, it would rank a second time for the same saving.
     */
    static List<Finding> withoutRedundantHotNode(List<Finding> findings) {
        return findings.stream().filter(f -> !HOT_NODE.equals(f.ruleId()) || findings.stream()
                .noneMatch(o -> !HOT_NODE.equals(o.ruleId()) && Objects.equals(o.evidence().get("node"), f.evidence().get("node"))))
                .toList();
    }

    /** A plan finding of one statement as a finding of the endpoint that ran it. */
    static Finding forEndpoint(Finding f, StatementShape shape, ExplainReport report) {
        double planGain = f.predictedGain();
        String gainBasis = "measured by EXPLAIN ANALYZE";
        // a rule that saw the statement run and still named no gain (a generic plan that differs) meant it: no estimate
        if (Double.isNaN(planGain) && !report.executed()) {
            planGain = costShare(report, String.valueOf(f.evidence().get("node")));
            gainBasis = "estimated from the planner's costs (the statement was not run)";
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("endpoint time", String.format(Locale.ROOT, "%.1f %% of %s's time: %d executions in %d of %d requests, %.2f ms each on average",
                shape.share() * 100, shape.endpoint(), shape.executions(), shape.requests(), shape.endpointRequests(), shape.meanMillis()));
        evidence.put("plan", planKind(shape, report));
        if (!Double.isNaN(planGain)) {
            evidence.put("plan gain", String.format(Locale.ROOT, "%.0f %% of the statement's time, %s", planGain * 100, gainBasis));
        }
        evidence.putAll(f.evidence());
        String callSite = f.callSite() != null ? f.callSite() : shape.sample().callSite() == null ? null : shape.sample().callSite().toString();
        double gain = Double.isNaN(planGain) ? Double.NaN : planGain * shape.share();
        return new Finding(f.ruleId(), f.title(), f.severity(), shape.endpoint(), callSite, evidence, f.sampleSql(), f.fix(), gain);
    }

    private static String planKind(StatementShape shape, ExplainReport report) {
        if (report.executed()) {
            return "EXPLAIN ANALYZE of a captured execution" + (shape.sample().parameters() != null && !shape.sample().parameters().isEmpty()
                    ? " with its bind values" : "") + ", read-only, rolled back";
        }
        if (report.plan() == null && report.genericPlan() != null) {
            return "generic plan only: the bind values were not kept (the agent option parameters=true keeps them, "
                    + "so the plan for the captured values is explained)";
        }
        return "plain EXPLAIN: not a read-only query, so it was not run";
    }

    /**
     * The share of the statement's estimated cost spent in the node labelled {@code label} alone
     * (its cost less its children's), 0..1; NaN when the node is not in the plan. A node under a
     * LIMIT may cost more than the whole plan: capped at 1.
     */
    static double costShare(ExplainReport report, String label) {
        Plan plan = report.plan() != null ? report.plan() : report.genericPlan();
        if (plan == null || !(plan.totalCost() > 0)) {
            return Double.NaN;
        }
        for (PlanNode node : plan.nodes()) {
            if (node.label().equals(label)) {
                double own = node.totalCost();
                for (PlanNode child : node.children()) {
                    own -= child.totalCost();
                }
                return Math.max(0, Math.min(1, own / plan.totalCost()));
            }
        }
        return Double.NaN;
    }
}
