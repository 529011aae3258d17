package io.perfloop.samples.shop.lessons;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem 8's fixed renderer must produce the unfixed text character for character, on generated
 * hostile invoices: no lines, empty descriptions, words longer than a line, only punctuation,
 * non-Latin letters, control characters, tabs and runs of blanks, huge quantities.
 */
class InvoiceRenderingTest {

    private static final String[] PIECES = {"a", "word", "Überlänge", "東京", "x".repeat(90), "--", "(ok)", "it's",
        "\t", "  ", "\u0007bell", "", "12,5", "end.", "naïve", "🙂", "a\u00A0b", "\n"};

    static Stream<Invoice> invoices() {
        return IntStream.range(0, 200).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<Invoice.Line> lines = new ArrayList<>();
            for (int l = random.nextInt(6); l > 0; l--) {
                StringBuilder description = new StringBuilder();
                for (int w = random.nextInt(120); w > 0; w--) {
                    description.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
                }
                lines.add(new Invoice.Line("SKU-" + seed, "Name " + PIECES[random.nextInt(PIECES.length)],
                        description.toString(), 1 + random.nextInt(random.nextBoolean() ? 5 : 1_000_000),
                        random.nextInt(10_000_000)));
            }
            return new Invoice(seed, "Customer " + seed, "Street " + seed, Instant.ofEpochSecond(seed * 86_400L), lines);
        });
    }

    @ParameterizedTest
    @MethodSource("invoices")
    void fixedRendersTheSameTextAsUnfixed(Invoice invoice) {
        assertThat(Lesson8QuadraticInvoice.renderFixed(invoice)).isEqualTo(Lesson8QuadraticInvoice.renderUnfixed(invoice));
    }
}
