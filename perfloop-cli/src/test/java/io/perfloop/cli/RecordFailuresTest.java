package io.perfloop.cli;

import io.perfloop.core.report.RecordedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import static io.perfloop.cli.CliTest.perfloop;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record} when things go wrong, with real processes: an application that exits at once, one
 * that never becomes ready, one that crashes in the middle of the measurement, and a workload whose
 * target does not answer. Each ends with a message that says what happened and, where something
 * was measured, a run directory that can still be read.
 */
class RecordFailuresTest {
    @TempDir
    Path dir;

    @Test
    void anApplicationThatExitsAtOnceIsNamedWithItsLastWords() throws Exception {
        CliTest.Result r = record("gone", "sh -c \"echo 'cannot bind: port in use' >&2; exit 3\"", 0, "10s");
        assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err()).contains("the application exited with code 3 before it was ready", "cannot bind: port in use");
        assertThat(dir.resolve("gone/app.log")).content().contains("cannot bind: port in use");
    }

    @Test
    void anApplicationThatNeverBecomesReadyTimesOutWithItsLog() throws Exception {
        CliTest.Result r = record("slow", "sh -c \"echo 'still migrating the schema'; sleep 60\"", 0, "2s");
        assertThat(r.exit()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err()).contains("did not become ready at", "within 2 s", "still migrating the schema");
    }

    @Test
    void aCrashMidRunKeepsWhatWasCapturedAndSaysSo() throws Exception {
        int port = freePort();
        CliTest.Result r = record("crash", java() + " " + port + " 4000", port, "60s");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err()).contains("the application exited with code 7 during the run; keeping what was captured", "crashing on purpose");
        RecordedRun run = RecordedRun.read(dir.resolve("crash"));
        assertThat(run.run()).as("the load test's results up to the crash").isNotNull();
        assertThat(run.requests()).as("requests the agent captured before the crash").isNotEmpty();
        assertThat(dir.resolve("crash/report.html")).isNotEmptyFile();
        assertThat(r.out()).contains("run written to");
    }

    @Test
    void aTargetThatDoesNotAnswerIsCountedAsErrorsNotAHang() throws Exception {
        int appPort = freePort();
        int deadPort = freePort();
        Path targets = Files.write(dir.resolve("targets.txt"), Collections.nCopies(5, "GET /hello/1"));
        CliTest.Result r = perfloop("record", "--name", "unreachable", "--runs-dir", dir.toString(), "--agent", RecordAttachTest.agentJar().toString(),
                "--app", java() + " " + appPort, "--ready", "http://127.0.0.1:" + appPort + "/hello", "--ready-timeout", "60s",
                "--workload", targets.toString(), "--target", "http://127.0.0.1:" + deadPort, "--rate", "20", "--duration", "2s",
                "--warmup", "0s", "--profile", "off");
        assertThat(r.exit()).as(r.err()).isZero();
        RecordedRun run = RecordedRun.read(dir.resolve("unreachable"));
        assertThat(run.run().overall().errors()).as("every request failed to connect").isEqualTo(run.run().overall().requests()).isPositive();
        assertThat(run.requests()).as("nothing reached the application").isEmpty();
        assertThat(r.out()).contains("0 captured requests");
    }

    private CliTest.Result record(String name, String app, int port, String readyTimeout) throws IOException {
        int readyPort = port > 0 ? port : freePort();
        Path targets = Files.write(dir.resolve(name + "-targets.txt"), Collections.nCopies(5, "GET /hello/1"));
        return perfloop("record", "--name", name, "--runs-dir", dir.toString(), "--agent", RecordAttachTest.agentJar().toString(),
                "--app", app, "--ready", "http://127.0.0.1:" + readyPort + "/hello", "--ready-timeout", readyTimeout,
                "--workload", targets.toString(), "--target", "http://127.0.0.1:" + readyPort, "--rate", "50", "--duration", "8s",
                "--warmup", "0s", "--profile", "off");
    }

    /** The test service started by a shell command: this JVM's java with the test class path. */
    private static String java() {
        return ProcessHandle.current().info().command().orElse("java") + " -cp " + System.getProperty("java.class.path")
                + " " + AttachTarget.class.getName();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
