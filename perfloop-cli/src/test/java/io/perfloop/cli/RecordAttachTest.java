package io.perfloop.cli;

import io.perfloop.core.events.AgentStatus;
import io.perfloop.core.report.RecordedRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record --attach}: a real JVM already serving gets the real agent jar through the attach
 * API, is measured, and keeps running afterwards with the agent idle.
 */
class RecordAttachTest {
    @TempDir
    Path dir;

    private Process target;

    @AfterEach
    void stopTarget() throws InterruptedException {
        if (target != null) {
            target.destroyForcibly().waitFor();
        }
    }

    @Test
    void attachesToARunningJvmMeasuresItAndLeavesItRunning() throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        target = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AttachTarget.class.getName(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("target.log").toFile()).start();
        String url = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!AppProcess.answers(url + "/hello") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Path targets = Files.write(dir.resolve("targets.txt"), Collections.nCopies(5, "GET /hello/1"));

        CliTest.Result r = CliTest.perfloop("record", "--attach", String.valueOf(target.pid()), "--agent", agentJar().toString(), "--name", "attached",
                "--runs-dir", dir.toString(), "--workload", targets.toString(), "--target", url, "--rate", "40",
                "--duration", "3s", "--warmup", "1s", "--profile", "off");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("attaching the agent to process " + target.pid(), "keeps running");
        RecordedRun run = RecordedRun.read(dir.resolve("attached"));
        assertThat(run.requests()).as("requests captured after attaching").hasSizeGreaterThan(50)
                .allSatisfy(e -> assertThat(e.endpoint()).isEqualTo("GET /hello/{id}"));
        assertThat(run.requests()).allSatisfy(e -> assertThat(e.server()).isEqualTo("jdkhttpserver"));
        assertThat(target.isAlive()).as("the attached application keeps running").isTrue();
        assertThat(AppProcess.answers(url + "/hello")).isTrue();
        assertThat(AgentStatus.readFrom(dir.resolve("attached")).orElseThrow().state())
                .as("the agent stops keeping requests").isEqualTo(AgentStatus.WARMUP);
    }

    @Test
    void noSuchProcessIsBadInputThatSaysSo() throws Exception {
        Path targets = Files.write(dir.resolve("targets.txt"), List.of("GET /"));
        CliTest.Result r = CliTest.perfloop("record", "--attach", "999999999", "--agent", agentJar().toString(), "--runs-dir", dir.toString(),
                "--workload", targets.toString(), "--target", "http://127.0.0.1:1", "--duration", "1s");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--attach 999999999: no such process");
    }

    @Test
    void appAndAttachTogetherIsBadInput() throws Exception {
        Path targets = Files.write(dir.resolve("targets.txt"), List.of("GET /"));
        CliTest.Result r = CliTest.perfloop("record", "--attach", "1234", "--app", "java -jar x.jar", "--runs-dir", dir.toString(),
                "--workload", targets.toString(), "--target", "http://127.0.0.1:1");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("either --app COMMAND", "or --attach PID");
    }

    static Path agentJar() throws IOException {
        Path agentDir = Path.of(System.getProperty("perfloop.agent.dir", "../perfloop-agent/target")).normalize();
        try (Stream<Path> files = Files.list(agentDir)) {
            return files.filter(f -> f.getFileName().toString().matches("perfloop-agent-[0-9].*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no perfloop-agent jar in " + agentDir + ": mvn -B -q package -DskipTests"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
