package io.perfloop.core.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarks of one JMH JSON result file ({@code java -jar benchmarks.jar -rf json -rff result.json}).
 * Only the primary metric is read; secondary metrics (profilers) are ignored.
 *
 * @param source where the results came from, for messages
 * @param benchmarks the benchmarks in file order
 */
public record JmhResults(String source, List<JmhBenchmark> benchmarks) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> MODES = Set.of("thrpt", "avgt", "sample", "ss");

    /** Copies the list. */
    public JmhResults {
        benchmarks = List.copyOf(benchmarks);
    }

    /**
     * Reads a JMH JSON result file.
     *
     * @throws IllegalArgumentException naming the file when it is not JMH JSON with raw data
     * @throws UncheckedIOException when it cannot be read
     */
    public static JmhResults read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results " + file, e);
        }
    }

    /**
     * Whether a file looks like JMH JSON: a JSON array whose first element has {@code jmhVersion}
     * or {@code primaryMetric}. Reads only the start of the file; for choosing a reader, not for
     * validation ({@link #read} does that).
     */
    public static boolean isJmhJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
            return head.startsWith("[") && (head.contains("\"jmhVersion\"") || head.contains("\"primaryMetric\""));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Parses JMH JSON.
     *
     * @param json the file's content
     * @param source how to name it in errors
     * @throws IllegalArgumentException when it is not JMH JSON with raw data
     */
    public static JmhResults parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad(source, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw bad(source, "expected a JSON array of benchmark results, found " + (root == null ? "nothing" : root.getNodeType()));
        }
        if (root.isEmpty()) {
            throw bad(source, "the array of benchmark results is empty");
        }
        List<JmhBenchmark> benchmarks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JmhBenchmark b = benchmark(root.get(i), source, i);
            if (!seen.add(b.label() + " " + b.mode())) {
                throw bad(source, b.label() + " (" + b.mode() + ") appears twice");
            }
            benchmarks.add(b);
        }
        return new JmhResults(source, benchmarks);
    }

    private static JmhBenchmark benchmark(JsonNode node, String source, int index) {
        String name = text(node, "benchmark", source, "result " + (index + 1));
        String where = "result " + (index + 1) + " (" + name + ")";
        String mode = text(node, "mode", source, where);
        if (!MODES.contains(mode)) {
            throw bad(source, where + ": unknown mode '" + mode + "', expected one of thrpt, avgt, sample, ss");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode metric = node.path("primaryMetric");
        if (!metric.isObject()) {
            throw bad(source, where + ": no \"primaryMetric\"");
        }
        String unit = text(metric, "scoreUnit", source, where + " primaryMetric");
        List<Double> samples = new ArrayList<>();
        int forks;
        if (metric.path("rawData").isArray()) {
            forks = metric.get("rawData").size();
            for (JsonNode fork : metric.get("rawData")) {
                fork.forEach(value -> samples.add(number(value, source, where)));
            }
        } else if (metric.path("rawDataHistogram").isArray()) {
            forks = metric.get("rawDataHistogram").size();
            for (JsonNode fork : metric.get("rawDataHistogram")) {
                fork.forEach(iteration -> samples.add(histogramMean(iteration, source, where)));
            }
        } else {
            throw bad(source, where + ": the primary metric has neither \"rawData\" nor \"rawDataHistogram\"");
        }
        if (samples.isEmpty()) {
            throw bad(source, where + ": no measurement iterations in the raw data");
        }
        return new JmhBenchmark(name, mode, params, unit, node.path("threads").asInt(1), forks,
                samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double histogramMean(JsonNode iteration, String source, String where) {
        double sum = 0;
        double count = 0;
        for (JsonNode bucket : iteration) {
            if (!bucket.isArray() || bucket.size() != 2) {
                throw bad(source, where + ": a histogram entry is not [value, count]: " + bucket);
            }
            double n = number(bucket.get(1), source, where);
            sum += number(bucket.get(0), source, where) * n;
            count += n;
        }
        if (count <= 0) {
            throw bad(source, where + ": an iteration's histogram is empty");
        }
        return sum / count;
    }

    private static String text(JsonNode node, String field, String source, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw bad(source, where + ": no \"" + field + "\"");
        }
        return value.asText();
    }

    private static double number(JsonNode value, String source, String where) {
        double d = value.isNumber() ? value.asDouble() : value.isTextual() ? parse(value.asText()) : Double.NaN;
        if (!Double.isFinite(d)) {
            throw bad(source, where + ": raw value " + value + " is not a finite number");
        }
        return d;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static IllegalArgumentException bad(String source, String why) {
        return new IllegalArgumentException("cannot read JMH results " + source + ": " + why
                + " (expected the JSON that JMH writes with -rf json)");
    }
}
