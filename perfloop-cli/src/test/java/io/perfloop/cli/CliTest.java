package io.perfloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunReader;
import picocli.CommandLine;

/** The perfloop command end to end: real files, a real HTTP server on loopback, captured writers. */
class CliTest {
    static HttpServer server;

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.createContext("/", ex -> {
            try (ex) {
                ex.sendResponseHeaders(ex.getRequestURI().getPath().startsWith("/missing") ? 404 : 200, 2);
                ex.getResponseBody().write("ok".getBytes());
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    /** Runs the command in this JVM with captured writers (other command tests use it too). */
    static Result perfloop(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Path log() throws Exception {
        Path log = dir.resolve("access.log");
        Files.write(log, List.of(
                "10.0.0.1 - - [04/Mar/2025:10:00:00 +0000] \"GET /orders/1 HTTP/1.1\" 200 10 \"-\" \"curl\"",
                "10.0.0.1 - - [04/Mar/2025:10:00:00 +0000] \"GET /orders/2 HTTP/1.1\" 200 10 \"-\" \"curl\"",
                "not a log line",
                "10.0.0.1 - - [04/Mar/2025:10:00:01 +0000] \"GET /missing HTTP/1.1\" 404 10 \"-\" \"curl\"",
                "10.0.0.1 - - [04/Mar/2025:10:00:01 +0000] \"POST /orders HTTP/1.1\" 201 10 \"-\" \"curl\""));
        return log;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "load", "compare"})
    void everyCommandHasHelpWithExitCodes(String command) {
        Result r = command.isEmpty() ? perfloop("--help") : perfloop(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: perfloop").contains("Exit codes:").contains("2   bad input")
                .contains(command.equals("compare") ? "1   a significant regression" : "1   a --check threshold failed");
    }

    @Test
    void dryRunPrintsNumbersAndSendsNothing() throws Exception {
        Result r = perfloop("load", log().toString(), "--target", "http://127.0.0.1:1", "--speed", "2x", "--dry-run");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("requests       4").contains("peak rate      4 req/s").contains("duration       750ms")
                .contains("GET /orders/{id}");
        assertThat(r.err()).contains("access.log:3: skipped: does not match log format");
    }

    @Test
    void checksSetTheExitCodeAndTheRunIsWritten() throws Exception {
        Path runs = dir.resolve("runs");
        Result ok = perfloop("load", log().toString(), "--target", url(), "--speed", "4x", "--runs-dir", runs.toString(),
                "--check", "p99<10s", "--check", "errors<1%");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(ok.out()).contains("check p99<10s").contains("run written to");

        Result failed = perfloop("load", log().toString(), "--target", url(), "--speed", "4x", "--runs-dir",
                runs.toString(), "--check", "p50<1us");
        assertThat(failed.exit()).isEqualTo(ExitCodes.THRESHOLD_FAILED);
        assertThat(failed.out()).contains("FAILED");

        List<Path> written;
        try (Stream<Path> s = Files.list(runs)) {
            written = s.sorted().toList();
        }
        assertThat(written).hasSize(2);
        Run run = RunReader.read(written.get(0));
        assertThat(run.overall().requests()).isEqualTo(4);
        assertThat(run.overall().statusClasses()).containsEntry("4xx", 1L).containsEntry("2xx", 3L);
        assertThat(run.endpoint("GET /orders/{id}").orElseThrow().requests()).isEqualTo(2);
        assertThat(run.workload().malformedLines()).isEqualTo(1);
        assertThat(run.meta().command()).startsWith("perfloop", "load");

        Result cmp = perfloop("compare", written.get(0).toString(), written.get(1).toString());
        assertThat(cmp.exit()).isZero();
        assertThat(cmp.out()).contains("GET /orders/{id}").contains("p99").contains("req/s");
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.log"));
        Result r = perfloop("load", empty.toString(), "--target", url());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no requests (the file is empty)");

        assertThat(perfloop("load", log().toString(), "--check", "p98<1s").err()).contains("expected [ENDPOINT:]METRIC");
        assertThat(perfloop("load", "nope.log").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(perfloop("load", log().toString(), "--rate", "5", "--concurrency", "2").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(perfloop("load", "--bogus").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        Path notRun = dir.resolve("run.json");
        Files.writeString(notRun, "{\"format\": 9}");
        Result cmp = perfloop("compare", notRun.toString(), notRun.toString());
        assertThat(cmp.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cmp.err()).contains("run format 9 is not supported");
    }

    @Test
    void comparesJmhResultFiles() throws Exception {
        Path old = dir.resolve("old.json");
        Path neu = dir.resolve("new.json");
        try (var in = CliTest.class.getResourceAsStream("/jmh/old.json")) {
            Files.copy(in, old);
        }
        try (var in = CliTest.class.getResourceAsStream("/jmh/new.json")) {
            Files.copy(in, neu);
        }
        Result r = perfloop("compare", old.toString(), neu.toString(), "--fail-on", "1000%");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("(JMH results)", "p holm", "Verdict:");
        System.out.println(r.out());
    }
}
