package io.perfloop.samples.shop.support;

import com.fasterxml.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** EXPLAIN (FORMAT JSON) of a query with its parameters bound, flattened to its plan nodes. */
public final class Plans {

    /**
     * One node of a plan.
     *
     * @param type            node type, e.g. {@code Seq Scan}, {@code Index Scan}
     * @param relation        table scanned, or null
     * @param index           index used, or null
     * @param rowsRemoved     rows removed by the node's filter (EXPLAIN ANALYZE only, else 0)
     */
    public record Node(String type, String relation, String index, long rowsRemoved) {
    }

    private Plans() {
    }

    /** The plan's nodes, depth first; with {@code analyze} the query runs (only use it for SELECTs). */
    public static List<Node> explain(DataSource dataSource, boolean analyze, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "EXPLAIN (" + (analyze ? "ANALYZE, " : "") + "FORMAT JSON) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                List<Node> nodes = new ArrayList<>();
                collect(RunningShop.JSON.readTree(rs.getString(1)).get(0).get("Plan"), nodes);
                return nodes;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed for " + sql + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode plan, List<Node> nodes) {
        nodes.add(new Node(plan.get("Node Type").asText(), text(plan, "Relation Name"), text(plan, "Index Name"),
                plan.path("Rows Removed by Filter").asLong(0)));
        for (JsonNode child : plan.path("Plans")) {
            collect(child, nodes);
        }
    }

    private static String text(JsonNode plan, String field) {
        return plan.has(field) ? plan.get(field).asText() : null;
    }
}
