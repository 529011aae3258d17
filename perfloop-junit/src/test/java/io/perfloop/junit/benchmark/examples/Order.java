package io.perfloop.junit.benchmark.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The order of the README example: lines of price × quantity, a discount, VAT. */
final class Order {
    private static final BigDecimal VAT = new BigDecimal("1.20");
    private final List<Line> lines = new ArrayList<>();

    record Line(BigDecimal price, int quantity, BigDecimal discountPercent) {
    }

    static Order withLines(int count) {
        Order order = new Order();
        for (int i = 0; i < count; i++) {
            order.lines.add(new Line(new BigDecimal(i % 50 + 1).add(new BigDecimal("0.99")), i % 7 + 1, new BigDecimal(i % 4 * 5)));
        }
        return order;
    }

    BigDecimal calculateTotal() {
        BigDecimal net = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal gross = line.price().multiply(BigDecimal.valueOf(line.quantity()));
            BigDecimal discount = gross.multiply(line.discountPercent()).movePointLeft(2);
            net = net.add(gross.subtract(discount));
        }
        return net.multiply(VAT).setScale(2, RoundingMode.HALF_EVEN);
    }
}
