package io.perfloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.cli.testapp.TinyService;
import io.perfloop.core.report.CollectedFlameGraphs;
import io.perfloop.core.report.FlameGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code perfloop record} profiles a real application during its measured window — a small JDK-HTTP
 * service ({@link TinyService}) started with the real agent — and turns the profile into findings
 * on the right endpoints, flame graphs in the report, and a differential flame graph in
 * {@code compare}. Needs the agent jar (built by the reactor before this module's tests; missing
 * fails under CI=true and skips elsewhere).
 */
class RecordProfileTest {
    static final String SOURCE = "perfloop-cli/src/test/java/io/perfloop/cli/testapp/TinyService.java";

    @TempDir
    static Path dir;

    @BeforeAll
    static void agentBuilt() {
        boolean built;
        try {
            AgentJar.locate(null);
            built = true;
        } catch (IllegalArgumentException e) {
            built = false;
        }
        if (!built && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("perfloop-agent.jar is not built: the reactor builds perfloop-agent before perfloop-cli");
        }
        assumeThat(built).as("perfloop-agent.jar built").isTrue();
    }

    static CliTest.Result perfloop(String... args) {
        return CliTest.perfloop(args);
    }

    /** Six seconds of traffic: per second 10 hashes, 2 reports, 6 waits. */
    static Path workload() throws Exception {
        Path log = dir.resolve("access.log");
        if (!Files.exists(log)) {
            List<String> lines = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                for (int i = 0; i < 18; i++) {
                    String path = i < 10 ? "/api/hash/" + (i + 1) : i < 12 ? "/api/report" : "/api/wait";
                    lines.add(String.format(Locale.ROOT, "10.0.0.1 - - [04/Mar/2025:10:00:%02d +0000] \"GET %s HTTP/1.1\" 200 10 \"-\" \"curl\"", s, path));
                }
            }
            Files.write(log, lines);
        }
        return log;
    }

    static CliTest.Result record(String name, String jvmOptions, String appArgs, String... extra) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path classes = Path.of(TinyService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = new ArrayList<>(List.of("record", "--app",
                java + " " + jvmOptions + " -cp " + classes + " " + TinyService.class.getName() + " " + port + " " + appArgs,
                "--ready", "http://127.0.0.1:" + port + "/ready", "--warmup", "2s", "--workload", workload().toString(),
                "--target", "http://127.0.0.1:" + port, "--runs-dir", dir.toString(), "--name", name));
        args.addAll(List.of(extra));
        return perfloop(args.toArray(String[]::new));
    }

    static List<JsonNode> findings(Path run) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        Path file = run.resolve("findings-profile.json");
        if (Files.exists(file)) {
            new ObjectMapper().readTree(file.toFile()).forEach(all::add);
        }
        return all;
    }

    static int line(String marker) throws Exception {
        Path source = Path.of("..").resolve(SOURCE);
        List<String> lines = Files.readAllLines(Files.exists(source) ? source : Path.of(SOURCE.substring("perfloop-cli/".length())));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// " + marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(marker + " not found");
    }

    @Test
    void profilesTheMeasuredWindow_findingsPerEndpoint_flameGraphs_andADiff() throws Exception {
        CliTest.Result slow = record("slow", "", "", "--profile=2ms");
        assertThat(slow.exit()).as(slow.out() + slow.err()).isZero();
        Path run = dir.resolve("slow");
        assertThat(slow.out()).contains("[record] profiling process", "[record] profile: ", "GET /api/hash/{id}");
        assertThat(run.resolve("profile/cpu.jfr")).isNotEmptyFile();
        assertThat(run.resolve("profile/profile.jfr")).isNotEmptyFile();
        assertThat(run.resolve("profile/cpu.html")).isNotEmptyFile();

        List<JsonNode> found = findings(run);
        // the CPU-bound endpoint: its hot method at the marked line, with a share of its wall time
        JsonNode hot = found.stream().filter(f -> f.get("ruleId").asText().equals("hot-method")
                && f.get("scope").asText().equals("GET /api/hash/{id}")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertThat(hot.get("callSite").asText()).isEqualTo("io.perfloop.cli.testapp.TinyService.hash(TinyService.java:" + line("HOT LINE") + ")");
        assertThat(hot.get("predictedGain").asDouble()).isBetween(0.2, 1.0);
        // the report built in memory: its allocation site, with streaming advice
        JsonNode alloc = found.stream().filter(f -> f.get("ruleId").asText().equals("allocation-hotspot")
                && f.get("scope").asText().equals("GET /api/report")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertThat(alloc.get("callSite").asText()).startsWith("io.perfloop.cli.testapp.TinyService.report(TinyService.java:");
        assertThat(alloc.get("fix").asText()).contains("stream it");
        // the endpoint that only waits: no CPU finding
        assertThat(found).noneMatch(f -> f.get("scope").asText().equals("GET /api/wait") && f.get("ruleId").asText().equals("hot-method"));

        // the report: a flame graph per endpoint, the hot method in the hash endpoint's
        List<FlameGraph> graphs = CollectedFlameGraphs.read(run);
        assertThat(graphs).extracting(FlameGraph::scope).contains("all", "GET /api/hash/{id}");
        assertThat(graphs.stream().filter(g -> g.scope().equals("GET /api/hash/{id}")).findFirst().orElseThrow().frames())
                .anyMatch(f -> f.name().equals("io.perfloop.cli.testapp.TinyService.hash") && f.kind().equals("application"));
        assertThat(Files.readString(run.resolve("report.html"))).contains("\"flameGraphs\":[{\"scope\":\"all\"");
        // ranked with the engine's findings
        assertThat(Files.readString(run.resolve("findings.json"))).contains("\"ruleId\" : \"hot-method\"");

        CliTest.Result fast = record("fast", "", "fixed");
        assertThat(fast.exit()).as(fast.out() + fast.err()).isZero();
        assertThat(findings(dir.resolve("fast"))).noneMatch(f -> f.get("scope").asText().equals("GET /api/hash/{id}")
                && f.get("ruleId").asText().equals("hot-method"));

        CliTest.Result cmp = perfloop("compare", run.toString(), dir.resolve("fast").toString(), "--fail-on", "1000%");
        Path diff = dir.resolve("fast/profile/cpu-diff-vs-slow.html");
        assertThat(cmp.out()).as(cmp.out() + cmp.err()).contains("differential flame graph: " + diff);
        assertThat(Files.readString(diff)).contains("GET /api/hash/{id}", "io.perfloop.cli.testapp.TinyService.hash");
    }

    @Test
    void attachRefused_recordingGoesOnWithANote() throws Exception {
        CliTest.Result r = record("no-attach", "-XX:+DisableAttachMechanism", "");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("perfloop record: note: profiling could not start (", "the recording goes on without a profile");
        assertThat(dir.resolve("no-attach/findings-profile.json")).doesNotExist();
        assertThat(dir.resolve("no-attach/report.html")).isNotEmptyFile();
        assertThat(r.out()).contains("GET /api/hash/{id}");
    }

    @Test
    void profileSwitch() {
        assertThat(ProfileCollector.forSwitch("off")).isEmpty();
        assertThat(ProfileCollector.forSwitch("on")).hasSize(1);
        assertThat(ProfileCollector.forSwitch("2ms")).hasSize(1);
        // the few-samples warning suggests an interval finer than the one in use, in the option's own syntax
        assertThat(RunProfile.finer(10_000_000)).isEqualTo("5ms");
        assertThat(RunProfile.finer(2_000_000)).isEqualTo("1ms");
        assertThat(RunProfile.finer(1_000_000)).isEqualTo("500us");
        assertThat(ProfileCollector.forSwitch(RunProfile.finer(1_000_000))).hasSize(1);
        CliTest.Result bad = perfloop("record", "--app", "x", "--ready", "http://127.0.0.1:1/", "--workload", "nope.log", "--profile=sometimes");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--profile takes on, off or a CPU sampling interval such as 2ms, was 'sometimes'");
    }
}
