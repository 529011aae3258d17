package io.perfloop.db.mysql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.db.DbException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A MariaDB/MySQL plan from {@code EXPLAIN FORMAT=JSON} or MariaDB's {@code ANALYZE FORMAT=JSON}:
 * the tables in access order, with whether they were read under a filesort or into a temporary
 * table. Both servers' spellings are read (MariaDB: {@code filesort}, {@code temporary_table}
 * blocks; MySQL: {@code using_filesort}, {@code using_temporary_table} flags).
 *
 * @param sql       the statement
 * @param analyzed  whether it came from ANALYZE (measured rows)
 * @param tables    the table accesses
 * @param json      the plan as the server printed it
 */
public record MySqlPlan(String sql, boolean analyzed, List<MySqlTable> tables, String json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public MySqlPlan {
        tables = List.copyOf(tables);
    }

    /** Parses a plan. */
    public static MySqlPlan parse(String sql, String json, boolean analyzed) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DbException("EXPLAIN FORMAT=JSON returned something that is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.has("query_block")) {
            throw new DbException("EXPLAIN FORMAT=JSON output has no query_block");
        }
        List<MySqlTable> tables = new ArrayList<>();
        walk(root, false, false, tables);
        return new MySqlPlan(sql, analyzed, tables, json);
    }

    private static void walk(JsonNode node, boolean sorted, boolean temporary, List<MySqlTable> out) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, sorted, temporary, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean s = sorted || node.has("filesort") || node.path("using_filesort").asBoolean(false);
        boolean t = temporary || node.has("temporary_table") || node.path("using_temporary_table").asBoolean(false);
        if (node.has("table_name")) {
            out.add(table(node, s, t));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            // a temporary table's "table" is the sort buffer itself, not a base table
            if (!"table_name".equals(field.getKey())) {
                walk(field.getValue(), s, t, out);
            }
        }
    }

    private static MySqlTable table(JsonNode n, boolean sorted, boolean temporary) {
        List<String> possible = new ArrayList<>();
        n.path("possible_keys").forEach(k -> possible.add(k.asText()));
        double rows = n.has("rows") ? n.path("rows").asDouble() : n.has("rows_examined_per_scan") ? n.path("rows_examined_per_scan").asDouble() : Double.NaN;
        return new MySqlTable(n.path("table_name").asText(), n.path("access_type").asText(null), possible,
                n.hasNonNull("key") ? n.path("key").asText() : null, rows,
                n.has("r_rows") && !n.path("r_rows").isNull() ? n.path("r_rows").asDouble() : Double.NaN,
                n.has("filtered") ? n.path("filtered").asDouble() : Double.NaN,
                n.has("r_filtered") && !n.path("r_filtered").isNull() ? n.path("r_filtered").asDouble() : Double.NaN,
                n.hasNonNull("attached_condition") ? n.path("attached_condition").asText() : null, sorted, temporary);
    }

    /** Whether any part of the plan sorts with a filesort. */
    public boolean filesort() {
        return json.contains("\"filesort\"") || json.contains("\"using_filesort\": true") || json.contains("\"using_filesort\":true");
    }

    /** Whether any part of the plan uses a temporary table. */
    public boolean temporaryTable() {
        return json.contains("\"temporary_table\"") || json.contains("\"using_temporary_table\": true") || json.contains("\"using_temporary_table\":true");
    }
}
