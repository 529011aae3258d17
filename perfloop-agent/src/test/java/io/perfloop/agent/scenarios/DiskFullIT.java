package io.perfloop.agent.scenarios;

import io.perfloop.core.events.AgentControl;
import io.perfloop.core.events.AgentStatus;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent writes to a 48 KiB tmpfs that fills up: capture stops, says so once, and the
 * application serves every request as before. Needs root to mount the tmpfs; fails under CI=true
 * when it cannot, skips elsewhere.
 */
class DiskFullIT {

    @Test
    void fullDiskStopsCaptureNotTheApplication() throws Exception {
        Path work = Files.createTempDirectory("perfloop-agent-full");
        Path output = Files.createDirectories(work.resolve("tiny"));
        mountTinyTmpfs(output);
        try {
            AgentControl control = AgentControl.of(output);
            try (ForkedApp app = ForkedApp.start(Path.of(System.getProperty("java.home"), "bin/java"),
                    "output=" + output, EmbeddedPostgres.shared().jdbcUrl(), "full_users", work)) {
                control.awaitRunning(Duration.ofSeconds(30));
                for (int i = 0; i < 60; i++) {
                    assertThat(app.get(app.jdkServerPort, "/scenario/n-plus-one").statusCode()).isEqualTo(200);
                }
                // no FLUSH command: the full disk has no room for a command file either; the writer's
                // once-a-second flush hits the wall, and the status is rewritten in place
                AgentStatus status = awaitStopped(control);
                assertThat(status.problem()).contains("No space left on device");
                for (int i = 0; i < 10; i++) { // after the stop: still served
                    assertThat(app.get(app.jdkServerPort, "/scenario/n-plus-one").statusCode()).isEqualTo(200);
                }
                app.close();
                assertThat(app.stderr().split("capture stopped", -1)).hasSize(2);
            }
        } finally {
            new ProcessBuilder("umount", output.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static AgentStatus awaitStopped(AgentControl control) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            AgentStatus status = control.status().orElse(null);
            if (status != null && AgentStatus.STOPPED.equals(status.state())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("capture never reported the full disk; last status " + control.status());
    }

    private static void mountTinyTmpfs(Path dir) throws Exception {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        boolean done = mount.waitFor(10, TimeUnit.SECONDS);
        String output = new String(mount.getInputStream().readAllBytes());
        if (!done || mount.exitValue() != 0) {
            String why = "cannot mount a tmpfs (needs root): " + output;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
    }
}
