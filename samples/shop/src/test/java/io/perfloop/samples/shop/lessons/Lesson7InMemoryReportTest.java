package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 7: heap bytes the request thread allocates to produce the report. */
class Lesson7InMemoryReportTest {

    /** A year: half of the test data set. */
    static final String REPORT = "/api/reports/orders?from=2025-01-01&to=2026-01-01";

    @Test
    void fixed_allocatesAFractionOfTheUnfixedReport() {
        long unfixed = allocatedBytes(Shops.without(Fix.STREAMING));
        long fixed = allocatedBytes(Shops.with(Fix.STREAMING));
        System.out.printf("problem 7, heap allocated per report request: unfixed %,d bytes, fixed %,d bytes%n", unfixed, fixed);

        assertThat(fixed * 2).as("fixed %,d bytes, unfixed %,d bytes", fixed, unfixed).isLessThan(unfixed);
    }

    @Test
    void fixed_allocationPerRowIsBounded() {
        RunningShop shop = Shops.with(Fix.STREAMING);
        long rows = shop.get(REPORT).json().size();

        long perRow = allocatedBytes(shop) / rows;

        // a row is ~120 bytes of JSON; the cursor, the row object and the generator's buffers stay well under 4 KB
        assertThat(perRow).as("bytes allocated per row").isLessThan(4_096);
    }

    /** The least allocation of five requests after two warm-ups (JIT, Hibernate's plan cache). */
    private static long allocatedBytes(RunningShop shop) {
        shop.get(REPORT);
        shop.get(REPORT);
        return LongStream.range(0, 5).map(i -> shop.get(REPORT).cost().allocatedBytes()).min().orElseThrow();
    }
}
