package io.perfloop.samples.shop.pricing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceQuoteTest {

    @Test
    void noDiscount_belowFiveUnitsOnAnOrdinaryProduct() {
        assertThat(PriceQuote.of(1, 4, 1_000)).isEqualTo(new PriceQuote(1, 4, 1_000, 0));
    }

    @Test
    void volumeDiscount_fromFiveUnits() {
        assertThat(PriceQuote.of(1, 5, 1_000)).isEqualTo(new PriceQuote(1, 5, 900, 10));
    }

    @Test
    void promotion_onEverySeventhProduct_addsToVolume() {
        assertThat(PriceQuote.of(14, 1, 1_000)).isEqualTo(new PriceQuote(14, 1, 950, 5));
        assertThat(PriceQuote.of(14, 9, 1_000)).isEqualTo(new PriceQuote(14, 9, 850, 15));
    }
}
