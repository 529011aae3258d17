package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.catalogue.TableIndex;
import io.perfloop.db.plan.Plan;
import io.perfloop.db.plan.PlanNode;
import io.perfloop.db.sql.Atom;
import io.perfloop.db.sql.Conditions;
import io.perfloop.db.sql.Implication;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.TableRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The query filters a table on the columns of one of its partial indexes, but its WHERE does not
 * imply the index's predicate, so PostgreSQL may not use the index: a different constant, a range
 * that reaches outside the predicate, or a bind parameter (the generic plan of a prepared
 * statement never knows the value). Not reported when an executed plan already reads the table through
 * another index and keeps at least half the rows it reads: the partial index could not save much.
 * Also reported when the plan for the literal values uses the index but the generic plan cannot.
 */
@RuleSpec(id = "partial-index-unused", summary = "A partial index on the table cannot serve the query because its WHERE does not imply the predicate",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "index"})
public final class PartialIndexUnusedRule extends PlanRule {
    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        Optional<QueryShape> shape = QueryShape.of(e.sql());
        if (shape.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (TableIndex index : e.indexes()) {
            if (!index.partial() || !index.valid()) {
                continue;
            }
            List<Atom> predicate = Conditions.parse(index.predicate());
            Set<String> columns = new HashSet<>(index.keyColumns());
            predicate.stream().map(Atom::column).filter(Objects::nonNull).forEach(columns::add);
            String leading = index.keyColumns().get(0);
            for (TableRef table : shape.get().tables()) {
                if (!table.bareName().equalsIgnoreCase(index.table())) {
                    continue;
                }
                List<Atom> where = shape.get().conditionsOn(table, columns);
                // the index matters to this query only if its leading column is filtered or sorted on
                boolean touches = where.stream().anyMatch(a -> leading.equals(a.column()))
                        || shape.get().orderBy().stream().anyMatch(o -> leading.equals(o.column()) && shape.get().belongsTo(o.qualifier(), o.column(), table, columns));
                if (!touches) {
                    continue;
                }
                List<String> reasons = new ArrayList<>();
                for (Atom p : predicate) {
                    String why = Implication.whyNot(where, p);
                    if (why != null) {
                        reasons.add(why);
                    }
                }
                boolean used = uses(e.plan(), index);
                if (!reasons.isEmpty() && !used && !servedWellByAnotherIndex(e.plan(), index.table())) {
                    out.add(finding(e, index, String.join("; ", reasons), reasons.stream().anyMatch(r -> r.contains("bind parameter"))));
                } else if (reasons.isEmpty() && used && e.genericPlan() != null && !uses(e.genericPlan(), index)) {
                    out.add(finding(e, index, "the plan for these constants uses it, but the generic plan (the same query with bind "
                            + "parameters, as a JDBC driver sends it) cannot prove the predicate", true));
                }
            }
        }
        return out;
    }

    private Finding finding(PlanEvidence e, TableIndex index, String reason, boolean parameter) {
        PlanNode scan = e.plan().nodes().stream().filter(n -> index.table().equals(n.relation())).findFirst().orElse(e.plan().root());
        String fix = parameter
                ? "Write the predicate's constant into the SQL text instead of binding it (e.g. `… AND " + index.predicate()
                        + "` literally), so every plan, generic ones too, can use " + index.name() + "; or replace the partial index "
                        + "with a full one: `CREATE INDEX CONCURRENTLY ON " + index.table() + " (" + String.join(", ", index.keyColumns()) + ");`"
                : "A partial index only serves queries whose WHERE implies `" + index.predicate() + "`: add that condition to the "
                        + "query if it always holds, or index the rows this query reads (a full index `CREATE INDEX CONCURRENTLY ON "
                        + index.table() + " (" + String.join(", ", index.keyColumns()) + ");`, or a partial one with this query's predicate).";
        return PlanFindings.of(this, e, scan, "Partial index " + index.name() + " cannot serve this query: " + reason,
                PlanFindings.facts("index", index.definition(), "predicate", index.predicate(), "reason", reason,
                        "table read by", scan.label()), fix);
    }

    /**
     * The executed plan already reads the table through another index and keeps at least half of the
     * rows it reads: the partial index could not save much, so it is not worth a finding (the users'
     * orders query with its own index, which also sorts by the processing index's column).
     */
    private static boolean servedWellByAnotherIndex(Plan plan, String table) {
        return plan.nodes().stream().filter(n -> table.equals(n.relation())).findFirst()
                .filter(n -> n.indexName() != null && !Double.isNaN(n.totalActualRows()))
                .map(n -> n.rowsRemovedByFilter() <= n.totalActualRows())
                .orElse(false);
    }

    private static boolean uses(Plan plan, TableIndex index) {
        return plan.nodes().stream().anyMatch(n -> index.name().equals(n.indexName()));
    }
}
