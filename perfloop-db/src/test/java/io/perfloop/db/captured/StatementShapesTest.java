package io.perfloop.db.captured;

import io.perfloop.jdbc.fingerprint.SqlFingerprint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.db.captured.Captured.request;
import static io.perfloop.db.captured.Captured.statement;
import static org.assertj.core.api.Assertions.assertThat;

class StatementShapesTest {
    static final String BY_CUSTOMER = "select id from orders where customer_id = ?";
    static final String BY_ID = "select id from orders where id = ?";

    @Test
    void shapesAboveTheShare_largestTotalFirst_withTheirEndpointsTime() {
        StatementShapes shapes = new StatementShapes();
        for (int i = 0; i < 4; i++) {
            shapes.add(request("GET /orders", 100, statement(BY_CUSTOMER, 60, List.of("" + i)), statement(BY_ID, 1, List.of("1"))));
        }
        shapes.add(request("GET /customers/{id}", 10, statement(BY_ID, 5, List.of("7")), statement(BY_ID, 4, List.of("8"))));

        List<StatementShape> worth = shapes.worthExplaining(0.05);

        assertThat(worth).extracting(StatementShape::endpoint, StatementShape::fingerprint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET /orders", SqlFingerprint.of(BY_CUSTOMER)),
                        org.assertj.core.groups.Tuple.tuple("GET /customers/{id}", SqlFingerprint.of(BY_ID)));
        StatementShape orders = worth.get(0);
        assertThat(orders.share()).isEqualTo(0.6);
        assertThat(orders.executions()).isEqualTo(4);
        assertThat(orders.requests()).isEqualTo(4);
        assertThat(orders.endpointRequests()).isEqualTo(4);
        assertThat(orders.meanMillis()).isEqualTo(60);
        StatementShape customer = worth.get(1);
        assertThat(customer.executions()).isEqualTo(2);
        assertThat(customer.requests()).isEqualTo(1);
        assertThat(customer.share()).isEqualTo(0.9);
    }

    @Test
    void sample_isTheMedianExecution_preferringOnesWithValues() {
        StatementShapes shapes = new StatementShapes();
        shapes.add(request("GET /orders", 100, statement(BY_CUSTOMER, 50, null), statement(BY_CUSTOMER, 9, List.of("9")),
                statement(BY_CUSTOMER, 1, List.of("1")), statement(BY_CUSTOMER, 30, List.of("30"))));

        assertThat(shapes.worthExplaining(0).get(0).sample().parameters()).containsExactly("9");
    }

    @Test
    void negative_notQueriesOrChanges_failedOnly_andBelowTheShare() {
        StatementShapes shapes = new StatementShapes();
        shapes.add(request("POST /orders", 100, statement("SET search_path = shop", 40, null),
                statement("create table t (id int)", 40, null),
                statement("select * from missing_table", 50, null, "ERROR: relation \"missing_table\" does not exist"),
                statement(BY_ID, 4, List.of("1"))));

        assertThat(shapes.worthExplaining(0.05)).isEmpty();
        assertThat(shapes.worthExplaining(0.04)).extracting(StatementShape::fingerprint).containsExactly(SqlFingerprint.of(BY_ID));
    }
}
