package io.perfloop.junit.benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareFailTest {
    private static BenchmarkStats stats(double... rounds) {
        return BenchmarkStats.of(rounds, 1);
    }

    @ParameterizedTest
    @CsvSource({"median:5%, median, 5, true", "min:0.001, min, 0.001, false", "MEAN:12.5%, mean, 12.5, true",
        " max:1e-6 , max, 0.000001, false", "median:0%, median, 0, true", "min:.5, min, 0.5, false"})
    void acceptedForms(String text, String field, double threshold, boolean percent) {
        assertThat(CompareFail.parse(text)).isEqualTo(new CompareFail(field, threshold, percent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p99:5%", "median", "median:", "median:5%%", "median:-5%", "median:five%", ":5%", "median=5%",
        "stddev:5%", "median:5 %"})
    void unknownExpressions_nameTheAcceptedForms(String text) {
        assertThatThrownBy(() -> CompareFail.parseAll(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("perfloop.benchmark.compareFail: cannot read '" + text.trim() + "'; accepted forms are "
                        + "FIELD:PERCENT% (e.g. median:5%) and FIELD:SECONDS (e.g. min:0.001), with FIELD one of min, max, "
                        + "mean, median; separate several with commas");
    }

    @Test
    void severalExpressions_andEmpty() {
        assertThat(CompareFail.parseAll("median:5%, min:0.001")).containsExactly(
                new CompareFail("median", 5, true), new CompareFail("min", 0.001, false));
        assertThatThrownBy(() -> CompareFail.parseAll(" , ")).hasMessageStartingWith("perfloop.benchmark.compareFail is empty; accepted forms");
    }

    @Test
    void percentThreshold_isStrictlyAboveTheOldValue() {
        CompareFail rule = CompareFail.parse("median:5%");
        assertThat(rule.exceeded(stats(1, 2, 3), stats(1.1, 2.09, 3.1))).isEmpty();         // +4.5 %
        assertThat(rule.exceeded(stats(1, 2, 3), stats(1, 2.2, 3))).hasValue("median +10.0% > 5%");
        assertThat(rule.exceeded(stats(1, 2, 3), stats(0.5, 1, 1.5))).isEmpty();             // faster never fails
    }

    @Test
    void absoluteThreshold_inSeconds() {
        CompareFail rule = CompareFail.parse("min:0.001");
        assertThat(rule.exceeded(stats(0.010, 0.02), stats(0.0105, 0.02))).isEmpty();
        assertThat(rule.exceeded(stats(0.010, 0.02), stats(0.012, 0.02))).hasValue("min +0.00200 s > 0.001 s");
        assertThat(rule).hasToString("min:0.001");
        assertThat(CompareFail.parse("min:0.000000001")).hasToString("min:0.000000001");
    }
}
