package io.perfloop.load.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.perfloop.core.run.CheckResult;
import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.Run;

/**
 * A threshold on a run, k6-style: {@code p99<200ms}, {@code errors<1%}, {@code rate>=500},
 * {@code service.p99<50ms}, scoped to one endpoint with a prefix: {@code GET /orders/{id}:p99<300ms}.
 *
 * <p>Latency metrics ({@code p50 p90 p99 p999 max mean}) are corrected latency (from the intended start)
 * unless prefixed with {@code service.}; units {@code us ms s} (default ms). {@code errors} and
 * {@code dropped} are a count, or a share of requests with {@code %}. {@code rate} is completed requests
 * per second over the run.
 *
 * @param expression the check as written
 * @param endpoint   endpoint name, or {@code null} for all endpoints together
 * @param metric     the metric
 * @param operator   {@code <}, {@code <=}, {@code >}, {@code >=}
 * @param threshold  the limit, in microseconds for latencies, a fraction for percentages
 * @param percent    whether the threshold is a share
 */
public record Check(String expression, String endpoint, String metric, String operator, double threshold,
                    boolean percent) {
    private static final Pattern SYNTAX = Pattern.compile(
            "(?:(.+):)?\\s*((?:service\\.)?(?:p50|p90|p99|p999|max|mean)|errors|dropped|rate)\\s*(<=|>=|<|>)\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|%)?\\s*");

    /**
     * @throws IllegalArgumentException with the accepted syntax when the text is not a check
     */
    public static Check parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--check '" + text + "': expected [ENDPOINT:]METRIC OP VALUE[UNIT], "
                    + "METRIC one of p50 p90 p99 p999 max mean service.p99 errors dropped rate, e.g. 'p99<200ms', "
                    + "'errors<1%', 'GET /orders/{id}:p90<=50ms'");
        }
        String metric = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(5);
        double value = Double.parseDouble(m.group(4));
        boolean latency = !metric.equals("errors") && !metric.equals("dropped") && !metric.equals("rate");
        if (latency) {
            if ("%".equals(unit)) {
                throw new IllegalArgumentException("--check '" + text + "': a latency takes us, ms or s, not %");
            }
            value *= unit == null || unit.equals("ms") ? 1000 : unit.equals("s") ? 1_000_000 : 1;
        } else if (unit != null && !unit.equals("%")) {
            throw new IllegalArgumentException("--check '" + text + "': " + metric + " takes a count or a %, not " + unit);
        }
        boolean percent = "%".equals(unit);
        if (metric.equals("rate") && percent) {
            throw new IllegalArgumentException("--check '" + text + "': rate is requests per second, not a %");
        }
        return new Check(text.strip(), m.group(1) == null ? null : m.group(1).strip(), metric, m.group(3),
                percent ? value / 100 : value, percent);
    }

    /** Evaluates the check against a run (an unknown endpoint fails the check, it does not pass silently). */
    public CheckResult evaluate(Run run, double durationSeconds) {
        EndpointResult e = endpoint == null ? run.overall() : run.endpoint(endpoint).orElse(null);
        if (e == null) {
            return new CheckResult(expression, "no such endpoint", false);
        }
        double actual = actual(e, durationSeconds);
        boolean passed = switch (operator) {
            case "<" -> actual < threshold;
            case "<=" -> actual <= threshold;
            case ">" -> actual > threshold;
            default -> actual >= threshold;
        };
        return new CheckResult(expression, format(actual), passed);
    }

    private double actual(EndpointResult e, double seconds) {
        return switch (metric) {
            case "errors" -> percent ? e.errorRate() : e.errors();
            case "dropped" -> {
                long d = e.errorsByKind().getOrDefault("dropped", 0L);
                yield percent ? (e.requests() == 0 ? 0 : (double) d / e.requests()) : d;
            }
            case "rate" -> seconds <= 0 ? 0 : e.requests() / seconds;
            default -> latency(metric.startsWith("service.") ? e.service() : e.corrected(),
                    metric.substring(metric.indexOf('.') + 1));
        };
    }

    private static double latency(LatencySummary s, String which) {
        return switch (which) {
            case "p50" -> s.p50();
            case "p90" -> s.p90();
            case "p99" -> s.p99();
            case "p999" -> s.p999();
            case "max" -> s.max();
            default -> s.mean();
        };
    }

    private String format(double actual) {
        return switch (metric) {
            case "errors", "dropped" -> percent ? String.format(Locale.ROOT, "%.2f%%", actual * 100)
                    : String.valueOf((long) actual);
            case "rate" -> String.format(Locale.ROOT, "%.1f/s", actual);
            default -> Units.micros((long) actual);
        };
    }
}
