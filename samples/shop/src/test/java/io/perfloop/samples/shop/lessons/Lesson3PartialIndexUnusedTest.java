package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.Plans;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 3: whether the warehouse queue's query uses the partial index that exists for it. */
class Lesson3PartialIndexUnusedTest {

    private static final int LIMIT = 50;

    @Test
    void unfixed_thePartialIndexIsNotUsedAndRowsAreFilteredAway() {
        RunningShop shop = Shops.without(Fix.PARTIAL_INDEX);
        assertThat(shop.bean(Lesson3PartialIndexUnused.class).query()).isEqualTo(Lesson3PartialIndexUnused.UNFIXED);

        List<Plans.Node> plan = Plans.explain(shop.dataSource(), true, Lesson3PartialIndexUnused.UNFIXED, "processing", LIMIT);

        assertThat(plan).noneMatch(node -> Lesson3PartialIndexUnused.INDEX_NAME.equals(node.index()));
        assertThat(plan.stream().mapToLong(Plans.Node::rowsRemoved).sum()).isGreaterThan(10L * LIMIT);
    }

    @Test
    void fixed_indexScanOnThePartialIndexWithNothingFiltered() {
        RunningShop shop = Shops.with(Fix.PARTIAL_INDEX);
        assertThat(shop.bean(Lesson3PartialIndexUnused.class).query()).isEqualTo(Lesson3PartialIndexUnused.FIXED);

        List<Plans.Node> plan = Plans.explain(shop.dataSource(), true, Lesson3PartialIndexUnused.FIXED, LIMIT);

        assertThat(plan).anyMatch(node -> node.type().equals("Index Scan")
                && Lesson3PartialIndexUnused.INDEX_NAME.equals(node.index()));
        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan"));
        assertThat(plan.stream().mapToLong(Plans.Node::rowsRemoved).sum()).isZero();
    }
}
