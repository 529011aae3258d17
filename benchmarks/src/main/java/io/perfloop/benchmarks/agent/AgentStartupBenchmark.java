package io.perfloop.benchmarks.agent;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the agent adds to an application's start: one JVM launch of {@link StartupApp} (driver
 * load, JDK HTTP server up, one request, exit) per invocation, without the agent and with it —
 * one {@code @Param}, measured in the same run. The agent jar is taken from
 * {@code -Dperfloop.agent.jar} (default: the module's build output).
 *
 * <pre>
 * mvn -B -pl benchmarks,perfloop-agent -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AgentStartup
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class AgentStartupBenchmark {
    @Param({"none", "perfloop"})
    public String agent;

    private List<String> command;

    @Setup
    public void setUp() throws Exception {
        Path jar = Path.of(System.getProperty("perfloop.agent.jar", "perfloop-agent/target/perfloop-agent-0.1.0-SNAPSHOT.jar"));
        command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (agent.equals("perfloop")) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no agent jar at " + jar.toAbsolutePath() + " (set -Dperfloop.agent.jar)");
            }
            Path out = Files.createTempDirectory("perfloop-startup");
            command.add("-javaagent:" + jar.toAbsolutePath() + "=output=" + out + ",log=quiet");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupApp.class.getName()));
    }

    @Benchmark
    public int launch() throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the app exited with " + exit + ": " + command);
        }
        return exit;
    }
}
