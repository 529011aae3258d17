package io.perfloop.junit.benchmark;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * One run of fixture classes through the real JUnit engine, with what it printed to stdout (where
 * the end-of-run table goes) captured. Tests in this module run one at a time, so swapping
 * {@code System.out} for the run is safe.
 *
 * @param results the engine's events
 * @param output everything printed to stdout during the run
 */
record FixtureRun(EngineExecutionResults results, String output) {

    static FixtureRun of(Map<String, String> config, Class<?>... fixtures) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        EngineExecutionResults results;
        try {
            var kit = EngineTestKit.engine("junit-jupiter").configurationParameters(config);
            for (Class<?> fixture : fixtures) {
                kit = kit.selectors(selectClass(fixture));
            }
            results = kit.execute();
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return new FixtureRun(results, output);
    }

    /** Failure messages of the tests, in order. */
    List<String> testFailures() {
        return messages(results.testEvents().failed().list());
    }

    /** The end-of-run failure (reported on the engine), if any. */
    Optional<String> runFailure() {
        return messages(results.containerEvents().failed().list()).stream().findFirst();
    }

    /** Throwables of the failed tests. */
    List<Throwable> testThrowables() {
        return results.testEvents().failed().list().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()).toList();
    }

    /** Values of the report entries the tests published under {@code key}. */
    List<String> reportEntries(String key) {
        return results.testEvents().reportingEntryPublished().list().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow().getKeyValuePairs().get(key))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> messages(List<Event> failed) {
        return failed.stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .map(t -> t.getMessage() == null ? t.toString() : t.getMessage()).toList();
    }
}
