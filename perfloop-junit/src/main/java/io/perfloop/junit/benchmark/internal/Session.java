package io.perfloop.junit.benchmark.internal;

import io.perfloop.junit.benchmark.BenchmarkOptions;
import io.perfloop.junit.benchmark.BenchmarkResult;
import io.perfloop.junit.benchmark.CompareFail;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * All benchmarks of one test run (one JUnit engine execution). Reads the run's settings once and
 * loads the saved run to compare with before any benchmark starts, so a bad setting or a corrupt
 * file fails the first benchmark rather than a minute later; at the end of the run ({@link #close})
 * prints the table, saves, compares and fails the run on a significant regression beyond the
 * compare-fail threshold.
 */
public final class Session implements AutoCloseable {
    private final BenchmarkOptions options;
    private final Path storageRoot;
    private final String save;
    private final String compare;
    private final List<CompareFail> compareFail;
    private final double noiseThreshold;
    private final RunStorage storage;
    private final Path baselineFile;
    private final SavedRun baseline;
    private final ConcurrentLinkedQueue<BenchmarkResult> results = new ConcurrentLinkedQueue<>();
    private final Map<String, String> failures = new java.util.concurrent.ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();

    /**
     * Reads the settings and the saved run to compare with.
     *
     * @param config JUnit configuration parameters by key (system properties included)
     * @throws IllegalArgumentException for a setting that cannot be read or a corrupt saved run
     */
    public Session(Function<String, Optional<String>> config) {
        String p = BenchmarkOptions.PREFIX;
        options = BenchmarkOptions.from(config);
        storageRoot = Path.of(config.apply(p + "storage").orElse(".benchmarks"));
        save = config.apply(p + "save").orElse(null);
        compare = config.apply(p + "compare").orElse(null);
        compareFail = config.apply(p + "compareFail").map(CompareFail::parseAll).orElse(List.of());
        noiseThreshold = config.apply(p + "noiseThreshold").map(Session::percent).orElse(BaselineComparison.DEFAULT_NOISE_PERCENT);
        storage = new RunStorage(storageRoot, MachineInfo.machineId());
        baselineFile = compare == null ? null : storage.select(compare).orElse(null);
        baseline = baselineFile == null ? null : RunStorage.read(baselineFile);
    }

    /** The measuring options of this run. */
    public BenchmarkOptions options() {
        return options;
    }

    /**
     * A recorder for one test.
     *
     * @param publish publishes a report entry on the test (JUnit's {@code publishReportEntry})
     */
    public Recorder recorder(java.util.function.Consumer<Map<String, String>> publish) {
        return new Recorder() {
            @Override
            public void recorded(BenchmarkResult result) {
                results.add(result);
            }

            @Override
            public void failed(String name, String reason) {
                failures.putIfAbsent(name, reason);
            }

            @Override
            public void warned(String name, String warning) {
                warnings.add(warning);
                publish.accept(Map.of("perfloop.benchmark.warning", warning));
            }
        };
    }

    /** A test that used the fixture failed after measuring (e.g. its assertion on the result). */
    public void testFailed(String name, Throwable cause) {
        failures.putIfAbsent(name, "the test failed (" + cause + ")");
    }

    /** Prints the table, saves, compares; throws when the comparison fails the run. */
    @Override
    public void close() {
        List<BenchmarkResult> all = new ArrayList<>(results);
        if (all.isEmpty()) {
            return;
        }
        PrintStream out = System.out;
        out.print("\n" + ResultsTable.render(all));
        if (!warnings.isEmpty()) {
            out.println("Warnings:");
            warnings.forEach(w -> out.println("  " + w));
        }
        if (save != null) {
            if (failures.isEmpty()) {
                SavedRun run = new SavedRun(SavedRun.FORMAT, "perfloop-junit",
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), MachineInfo.describe(), MachineInfo.commit(), all);
                out.println("Saved benchmark data in: " + storage.save(run, saveName(run.commitInfo())));
            } else {
                out.println("Not saved: " + failures.size() + " benchmark test" + (failures.size() == 1 ? "" : "s")
                        + " failed, and a partial run would make a misleading baseline:");
                failures.forEach((name, reason) -> out.println("  " + name + ": " + reason));
            }
        }
        if (compare == null) {
            return;
        }
        if (baseline == null) {
            out.println("Can't compare: no saved run in " + storage.directory() + " yet (save one with -D"
                    + BenchmarkOptions.PREFIX + "save)");
            return;
        }
        Optional<BaselineComparison.Outcome> outcome = BaselineComparison.compare(baseline,
                baselineFile.getFileName().toString(), all, compareFail, noiseThreshold);
        if (outcome.isEmpty()) {
            out.println("Can't compare: no benchmark of this run is in " + baselineFile);
            return;
        }
        out.print(outcome.get().text());
        if (!outcome.get().failures().isEmpty()) {
            StringBuilder message = new StringBuilder("Performance has regressed (compareFail ")
                    .append(String.join(",", compareFail.stream().map(CompareFail::toString).toList()))
                    .append(", against ").append(baselineFile).append("):\n");
            outcome.get().failures().forEach(f -> message.append("  ").append(f).append('\n'));
            message.append('\n').append(outcome.get().text());
            throw new AssertionError(message.toString());
        }
    }

    private static double percent(String text) {
        String number = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
        try {
            double value = Double.parseDouble(number);
            if (value >= 0 && value < 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(BenchmarkOptions.PREFIX + "noiseThreshold: cannot read '" + text
                + "'; give a percentage from 0 to 100, e.g. 2%");
    }

    private String saveName(Map<String, Object> commit) {
        if (!save.isBlank() && !save.equals("true")) {
            return save;
        }
        String time = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        if (commit.get("id") instanceof String id) {
            return id.substring(0, Math.min(12, id.length())) + "_" + time
                    + (Boolean.TRUE.equals(commit.get("dirty")) ? "_uncommitted-changes" : "");
        }
        return time;
    }
}
