package io.perfloop.agent.scenarios;

import io.perfloop.scenario.ScenarioApp;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@link ScenarioApp} in a JVM of its own, started with {@code -javaagent:perfloop-agent.jar}
 * (the packaged, shaded jar) on a chosen JDK. The class path is this test's, less the agent's own
 * classes and Byte Buddy: the application sees only the jar, as a user's would.
 */
final class ForkedApp implements AutoCloseable {
    private final Process process;
    private final Path stderr;
    final int jdkServerPort;
    final int tomcatPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ForkedApp(Process process, Path stderr, int jdkServerPort, int tomcatPort) {
        this.process = process;
        this.stderr = stderr;
        this.jdkServerPort = jdkServerPort;
        this.tomcatPort = tomcatPort;
    }

    static Path agentJar() {
        String jar = System.getProperty("perfloop.agent.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("perfloop.agent.jar must name the packaged agent (run through mvn verify): " + jar);
        }
        return Path.of(jar);
    }

    static ForkedApp start(Path java, String agentOptions, String jdbcUrl, String table, Path workDir) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').contains("perfloop-agent/target/classes") && !e.contains("byte-buddy"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.util.logging.config.file=none", "-javaagent:" + agentJar() + "=" + agentOptions,
                "-cp", classPath, ScenarioApp.class.getName(), jdbcUrl, table));
        Path stderr = workDir.resolve("app-stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("ready ")) {
                String[] ports = line.split(" ");
                return new ForkedApp(process, stderr, Integer.parseInt(ports[1]), Integer.parseInt(ports[2]));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the scenario app did not start; its stderr:\n" + Files.readString(stderr));
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Closes the app's input (it exits normally, running the agent's shutdown hook) and waits. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the scenario app did not exit");
        }
    }
}
