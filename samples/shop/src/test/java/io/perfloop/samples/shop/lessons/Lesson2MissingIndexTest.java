package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.Plans;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import io.perfloop.samples.shop.support.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 2: the plan of a user's pending orders, with and without the partial index. */
class Lesson2MissingIndexTest {

    private static final String INDEX_COUNT = "SELECT count(*) FROM pg_indexes WHERE indexname = '"
            + Lesson2MissingIndex.INDEX_NAME + "'";
    private static final String INDEX_VALID = "SELECT count(*) FROM pg_index WHERE indisvalid AND indexrelid = '"
            + Lesson2MissingIndex.INDEX_NAME + "'::regclass";

    @Test
    void unfixed_seqScanRemovingAlmostEveryRow() {
        RunningShop shop = Shops.without(Fix.INDEX);
        long user = userWithPendingOrders(shop);
        long orders = Sql.longValue(shop.dataSource(), "SELECT count(*) FROM orders");

        List<Plans.Node> plan = Plans.explain(shop.dataSource(), true, Lesson2MissingIndex.QUERY, user, "pending");

        assertThat(Sql.longValue(shop.dataSource(), INDEX_COUNT)).isZero();
        assertThat(plan).anySatisfy(node -> {
            assertThat(node.type()).isEqualTo("Seq Scan");
            assertThat(node.relation()).isEqualTo("orders");
            assertThat(node.rowsRemoved()).isGreaterThan(orders * 9 / 10);
        });
    }

    @Test
    void fixed_indexScanOnThePartialIndex() {
        RunningShop shop = Shops.with(Fix.INDEX);
        long user = userWithPendingOrders(shop);

        List<Plans.Node> plan = Plans.explain(shop.dataSource(), false, Lesson2MissingIndex.QUERY, user, "pending");

        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan"));
        assertThat(plan).anyMatch(node -> node.type().matches("(Bitmap )?Index( Only)? Scan")
                && Lesson2MissingIndex.INDEX_NAME.equals(node.index()));
    }

    @Test
    void fixed_applyingTheSwitchAgainKeepsOneValidIndex() throws Exception {
        RunningShop shop = Shops.with(Fix.INDEX);

        Lesson2MissingIndex.applyIndexSwitch(shop.dataSource(), shop.fixes());
        Lesson2MissingIndex.applyIndexSwitch(shop.dataSource(), shop.fixes());

        assertThat(Sql.longValue(shop.dataSource(), INDEX_COUNT)).isEqualTo(1);
        assertThat(Sql.longValue(shop.dataSource(), INDEX_VALID)).isEqualTo(1);
    }

    @Test
    void fixed_anInvalidIndexLeftByAFailedBuildIsBuiltAgain() throws Exception {
        RunningShop shop = Shops.with(Fix.INDEX);
        // what an interrupted CREATE INDEX CONCURRENTLY leaves behind (superuser only: the embedded server)
        Sql.longValue(shop.dataSource(), "WITH u AS (UPDATE pg_index SET indisvalid = false WHERE indexrelid = '"
                + Lesson2MissingIndex.INDEX_NAME + "'::regclass RETURNING 1) SELECT count(*) FROM u");
        assertThat(Sql.longValue(shop.dataSource(), INDEX_VALID)).isZero();

        Lesson2MissingIndex.applyIndexSwitch(shop.dataSource(), shop.fixes());

        assertThat(Sql.longValue(shop.dataSource(), INDEX_VALID)).isEqualTo(1);
    }

    static long userWithPendingOrders(RunningShop shop) {
        return Sql.longValue(shop.dataSource(),
                "SELECT user_id FROM orders WHERE status = 'pending' GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 1");
    }
}
