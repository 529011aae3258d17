package io.perfloop.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.perfloop.load.testing.GeneratedLog;

/**
 * A log far bigger than the heap streams through the real source and replay schedule. The child JVM gets
 * a 32 MB heap and a 256 MB log; a control run that keeps the lines (as a whole-file loader would) must
 * die of it, which proves the limit is tight enough to mean something.
 */
class BoundedMemoryTest {
    static final String HEAP = "-Xmx32m";

    @Test
    void bigLogStreamsInBoundedMemory() throws Exception {
        long lines = GeneratedLog.linesFor(256);
        Result streamed = probe(lines, "stream");
        assertThat(streamed.exit()).as(streamed.output()).isZero();
        assertThat(streamed.output()).contains("requests " + lines).contains("endpoints      50");
        assertThat(streamed.output()).contains("peak rate      1000 req/s");
    }

    @Test
    void controlMaterialisingTheSameLogRunsOutOfMemory() throws Exception {
        Result kept = probe(GeneratedLog.linesFor(256), "materialise");
        assertThat(kept.exit()).isNotZero();
        assertThat(kept.output()).contains("OutOfMemoryError");
    }

    record Result(int exit, String output) {
    }

    static Result probe(long lines, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BigLogProbe.class.getName(), String.valueOf(lines), mode))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("probe did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }
}
