package io.perfloop.cli;

import com.sun.net.httpserver.HttpServer;
import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare must be honest both ways, on real runs against a real server on loopback: two runs
 * of the same server come out "~" on (nearly) every metric, and the same server with 20 % more
 * service time comes out regressed, failing the exit code.
 */
class CompareHonestyTest {
    static HttpServer server;
    static final AtomicLong delayMicros = new AtomicLong(20_000);

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/", ex -> {
            try (ex) {
                long until = System.nanoTime() + delayMicros.get() * 1000;
                while (System.nanoTime() < until) {
                    Thread.sleep(Math.max(0, (until - System.nanoTime()) / 1_000_000));
                    if (until - System.nanoTime() < 1_000_000) {
                        break;
                    }
                }
                ex.sendResponseHeaders(200, 2);
                ex.getResponseBody().write("ok".getBytes());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static int perfloop(StringWriter out, String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    static Path run(String name, long delay) throws Exception {
        delayMicros.set(delay);
        Path targets = dir.resolve("targets.txt");
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

    @Test
    void sameServerIsNoChangeAndSlowerServerIsARegression() throws Exception {
        run("warmup", 20_000); // JIT-warm the generator and the server first, as any measurement should
        Path a1 = run("a1", 20_000);
        Path a2 = run("a2", 20_000);
        Path slow = run("slow", 24_000);

        StringWriter aa = new StringWriter();
        int aaExit = perfloop(aa, "compare", a1.toString(), a2.toString(), "--json", dir.resolve("aa.json").toString());
        ComparisonResult same = ComparisonJson.read(Files.readString(dir.resolve("aa.json")));
        long changed = same.verdicts().stream().filter(v -> v.verdict() == Verdict.IMPROVED || v.verdict() == Verdict.REGRESSED).count();
        assertThat(changed).as(aa.toString()).isLessThanOrEqualTo(1);
        assertThat(same.verdicts()).as(aa.toString()).noneMatch(v -> v.verdict() == Verdict.INSUFFICIENT_DATA);
        assertThat(aaExit).as(aa.toString()).isIn(0, 1);

        StringWriter ab = new StringWriter();
        int abExit = perfloop(ab, "compare", a1.toString(), slow.toString(), "--json", dir.resolve("ab.json").toString());
        System.out.println(ab);
        ComparisonResult worse = ComparisonJson.read(Files.readString(dir.resolve("ab.json")));
        List<MetricVerdict> p50 = worse.verdicts().stream().filter(v -> v.metric().name().equals("latency p50")).toList();
        assertThat(p50).as(ab.toString()).isNotEmpty().allMatch(v -> v.verdict() == Verdict.REGRESSED);
        assertThat(p50.get(0).deltaPercent()).isBetween(10.0, 30.0);
        assertThat(abExit).isEqualTo(ExitCodes.THRESHOLD_FAILED);
        assertThat(ab.toString()).contains("REGRESSED", "exit 1: ");
    }
}
