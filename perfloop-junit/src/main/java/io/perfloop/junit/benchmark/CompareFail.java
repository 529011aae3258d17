package io.perfloop.junit.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -Dperfloop.benchmark.compareFail} expression, pytest-benchmark's syntax: a statistic
 * and how much worse it may get, in percent ({@code median:5%}) or in seconds ({@code min:0.001}).
 * A benchmark fails the comparison only when it also regressed significantly (Mann-Whitney, Holm
 * across the run); a threshold alone cannot fail a build on noise.
 *
 * @param field {@code min}, {@code max}, {@code mean} or {@code median}
 * @param threshold percent when {@code percent}, seconds otherwise; ≥ 0
 * @param percent whether the threshold is a percentage of the old value
 */
public record CompareFail(String field, double threshold, boolean percent) {
    /** The statistics an expression may name. */
    public static final List<String> FIELDS = List.of("min", "max", "mean", "median");
    private static final Pattern EXPRESSION =
            Pattern.compile("([a-z]+):((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)(%?)");
    private static final String ACCEPTED = "accepted forms are FIELD:PERCENT% (e.g. median:5%) and FIELD:SECONDS "
            + "(e.g. min:0.001), with FIELD one of min, max, mean, median; separate several with commas";

    /** Validates the expression. */
    public CompareFail {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("compareFail: unknown statistic '" + field + "'; " + ACCEPTED);
        }
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("compareFail: threshold must be a finite number >= 0, was " + threshold);
        }
    }

    /**
     * Parses a comma-separated list of expressions.
     *
     * @throws IllegalArgumentException quoting the bad expression and naming the accepted forms
     */
    public static List<CompareFail> parseAll(String text) {
        List<CompareFail> rules = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                rules.add(parse(part));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(BenchmarkOptions.PREFIX + "compareFail is empty; " + ACCEPTED);
        }
        return List.copyOf(rules);
    }

    /** Parses one expression such as {@code median:5%}. */
    public static CompareFail parse(String text) {
        Matcher m = EXPRESSION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || !FIELDS.contains(m.group(1))) {
            throw new IllegalArgumentException(BenchmarkOptions.PREFIX + "compareFail: cannot read '" + text.trim() + "'; " + ACCEPTED);
        }
        return new CompareFail(m.group(1), Double.parseDouble(m.group(2)), !m.group(3).isEmpty());
    }

    /**
     * Whether the statistic got worse by more than the threshold.
     *
     * @return the reason in words when it did
     */
    public Optional<String> exceeded(BenchmarkStats old, BenchmarkStats now) {
        double before = old.field(field);
        double after = now.field(field);
        if (percent) {
            double change = (after - before) / before * 100;
            return change > threshold ? Optional.of(String.format(Locale.ROOT, "%s %+.1f%% > %s%%", field, change, plain(threshold)))
                    : Optional.empty();
        }
        double change = after - before;
        return change > threshold ? Optional.of(String.format(Locale.ROOT, "%s +%.3g s > %s s", field, change, plain(threshold)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return field + ":" + plain(threshold) + (percent ? "%" : "");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
