package io.perfloop.junit.benchmark.examples;

import io.perfloop.junit.benchmark.Benchmark;
import io.perfloop.junit.benchmark.BenchmarkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The README example (docs/benchmark-fixture.md), pytest-benchmark's {@code test_order_total_calculation_performance}. */
@ExtendWith(BenchmarkExtension.class)
class OrderTotalBenchmarkTest {
    private final Order order = Order.withLines(100);

    @Test
    void orderTotalCalculationPerformance(Benchmark benchmark) {
        BigDecimal total = benchmark.run(order::calculateTotal);
        assertThat(total).isEqualByComparingTo("11768.33");
    }
}
