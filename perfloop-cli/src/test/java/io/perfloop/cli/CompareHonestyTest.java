package io.perfloop.cli;

import com.sun.net.httpserver.HttpServer;
import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare must be honest both ways, on real runs against a real server on loopback: two runs
 * of the same server come out "~" on (nearly) every metric, and the same server with 20 % more
 * service time comes out regressed, failing the exit code.
 */
class CompareHonestyTest {
    static final List<HttpServer> servers = new java.util.ArrayList<>();

    static {
        // without TCP_NODELAY, Nagle + delayed ACK add ~40 ms to every response and swamp the 4 ms difference
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    static Path dir;

    /** A loopback server answering after {@code delayMicros}. */
    static HttpServer server(long delayMicros) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", ex -> {
            try (ex) {
                Thread.sleep(delayMicros / 1000, (int) (delayMicros % 1000) * 1000);
                ex.sendResponseHeaders(200, 2);
                ex.getResponseBody().write("ok".getBytes());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        servers.add(server);
        return server;
    }

    @AfterAll
    static void stop() {
        servers.forEach(s -> s.stop(0));
    }

    static int perfloop(StringWriter out, String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    static Path run(String name, HttpServer server) throws Exception {
        Path targets = dir.resolve(name + ".txt");
        Files.writeString(targets, "GET http://127.0.0.1:" + server.getAddress().getPort() + "/api/item\n");
        Path runs = dir.resolve(name);
        StringWriter out = new StringWriter();
        int exit = perfloop(out, "load", targets.toString(), "--type", "targets", "--rate", "40", "--duration", "12s",
                "--runs-dir", runs.toString(), "--progress", "never");
        assertThat(exit).as(out.toString()).isZero();
        try (Stream<Path> s = Files.list(runs)) {
            return s.findFirst().orElseThrow();
        }
    }

    /**
     * Runs the two loads at the same time, so that both see the same machine: on a shared machine a
     * run-wide slowdown between two consecutive runs is indistinguishable from a change (see
     * docs/compare.md), and this test is about the statistics, not about the machine.
     */
    static Path[] together(String a, HttpServer serverA, String b, HttpServer serverB) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var fa = pool.submit(() -> run(a, serverA));
            var fb = pool.submit(() -> run(b, serverB));
            return new Path[] {fa.get(), fb.get()};
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameServerIsNoChangeAndSlowerServerIsARegression() throws Exception {
        HttpServer one = server(20_000);
        HttpServer twin = server(20_000);
        HttpServer slower = server(24_000);
        together("warmup-a", one, "warmup-b", twin); // JIT-warm generator and servers first
        Path[] aa = together("a1", one, "a2", twin);

        StringWriter aaOut = new StringWriter();
        int aaExit = perfloop(aaOut, "compare", aa[0].toString(), aa[1].toString(), "--json", dir.resolve("aa.json").toString());
        ComparisonResult same = ComparisonJson.read(Files.readString(dir.resolve("aa.json")));
        // two server instances are never identical to the microsecond: on a quiet machine a 0.4 % p50
        // difference is significant with 10 windows. The compare's minimum effect (2 %) keeps such a
        // difference out of the verdicts, so none may be claimed, and the exit code (significant
        // regression beyond --fail-on 5 %) must stay 0.
        long changed = same.verdicts().stream().filter(v -> v.verdict() == Verdict.IMPROVED || v.verdict() == Verdict.REGRESSED).count();
        assertThat(changed).as(aaOut.toString()).isZero();
        assertThat(same.options().minEffectPercent()).isEqualTo(2.0);
        assertThat(same.verdicts()).as(aaOut.toString()).noneMatch(v -> v.verdict() == Verdict.INSUFFICIENT_DATA);
        assertThat(aaExit).as(aaOut.toString()).isZero();

        Path[] ab = together("b1", one, "slow", slower);
        StringWriter abOut = new StringWriter();
        int abExit = perfloop(abOut, "compare", ab[0].toString(), ab[1].toString(), "--json", dir.resolve("ab.json").toString());
        System.out.println(abOut);
        ComparisonResult worse = ComparisonJson.read(Files.readString(dir.resolve("ab.json")));
        List<MetricVerdict> p50 = worse.verdicts().stream().filter(v -> v.metric().name().equals("latency p50")).toList();
        assertThat(p50).as(abOut.toString()).isNotEmpty().allMatch(v -> v.verdict() == Verdict.REGRESSED);
        assertThat(p50.get(0).deltaPercent()).isBetween(10.0, 30.0);
        assertThat(abExit).isEqualTo(ExitCodes.THRESHOLD_FAILED);
        assertThat(abOut.toString()).contains("REGRESSED", "exit 1: ");
    }
}
