package io.perfloop.db.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.db.DbException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the output of PostgreSQL's {@code EXPLAIN (FORMAT JSON)} into a {@link Plan}. */
public final class PlanJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanJson() {
    }

    /**
     * Parses one plan.
     *
     * @param json    the single value EXPLAIN returned: a one-element array holding {@code {"Plan": …}}
     * @param generic whether it was produced as the generic plan
     */
    public static Plan parse(String json, boolean generic) {
        Object top;
        try {
            top = JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new DbException("EXPLAIN returned something that is not JSON: " + e.getOriginalMessage(), e);
        }
        if (top instanceof List<?> list && !list.isEmpty()) {
            top = list.get(0);
        }
        if (!(top instanceof Map<?, ?> outer) || !(outer.get("Plan") instanceof Map<?, ?> plan)) {
            throw new DbException("EXPLAIN output has no \"Plan\": " + abbreviate(json));
        }
        PlanNode root = node(plan, false);
        boolean analyzed = root.properties().containsKey("Actual Total Time") || root.properties().containsKey("Actual Loops");
        return new Plan(root, analyzed, generic, number(outer.get("Planning Time")), number(outer.get("Execution Time")), json);
    }

    private static PlanNode node(Map<?, ?> raw, boolean parallel) {
        String type = String.valueOf(raw.get("Node Type"));
        boolean childrenParallel = parallel || type.startsWith("Gather");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<PlanNode> children = new ArrayList<>();
        raw.forEach((k, v) -> {
            if ("Plans".equals(k) && v instanceof List<?> plans) {
                plans.forEach(p -> children.add(node((Map<?, ?>) p, childrenParallel)));
            } else if (v != null) {
                properties.put(String.valueOf(k), v);
            }
        });
        return new PlanNode(properties, children, parallel);
    }

    private static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
