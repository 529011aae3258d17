package io.perfloop.core.compare;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds a run's captured requests inline, one endpoint at a time, so a test reads like the runs it
 * compares: {@code new CapturedRequests(1).endpoint("GET /orders", 20, 3, r -> r.wall(100).cpu(20).statements(101))}
 * is 20 seconds of GET /orders at 3 requests per second, each 100 ms long with 20 ms of CPU and 101
 * statements. Values given with jitter vary by a seeded ±{@code jitter} share.
 */
public final class CapturedRequests {
    /** When every built run starts. */
    public static final long T0 = 1_700_000_000_000_000_000L;
    /** The call site the built statements come from. */
    public static final CallSite SITE = new CallSite("com.acme.Orders", "list", "Orders.java", 42);

    private final Random random;
    private final List<RequestEvent> requests = new ArrayList<>();

    /** A run whose jitter comes from this seed. */
    public CapturedRequests(long seed) {
        random = new Random(seed); // its algorithm is fixed by its specification: the same numbers on every JVM
    }

    /** How one request looks; values in ms and counts. */
    public static final class Shape {
        double wallMs = 50;
        double cpuMs = 5;
        long allocated = 100_000;
        long responseBytes = 2_000;
        int statements;
        int calls;
        int status = 200;
        double jitter;

        /** Wall time. */
        public Shape wall(double ms) {
            wallMs = ms;
            return this;
        }

        /** CPU time; negative for "not measurable". */
        public Shape cpu(double ms) {
            cpuMs = ms;
            return this;
        }

        /** Allocated bytes. */
        public Shape allocated(long bytes) {
            allocated = bytes;
            return this;
        }

        /** Response body bytes. */
        public Shape response(long bytes) {
            responseBytes = bytes;
            return this;
        }

        /** SQL statements per request. */
        public Shape statements(int n) {
            statements = n;
            return this;
        }

        /** Downstream calls per request. */
        public Shape calls(int n) {
            calls = n;
            return this;
        }

        /** HTTP status. */
        public Shape status(int code) {
            status = code;
            return this;
        }

        /** Wall, CPU and allocation vary uniformly by ± this share (seeded). */
        public Shape jitter(double share) {
            jitter = share;
            return this;
        }
    }

    /** {@code perSecond} requests of {@code endpoint} in each of {@code seconds} seconds. */
    public CapturedRequests endpoint(String endpoint, int seconds, int perSecond, java.util.function.Consumer<Shape> shape) {
        Shape s = new Shape();
        shape.accept(s);
        for (int second = 0; second < seconds; second++) {
            for (int k = 0; k < perSecond; k++) {
                long start = T0 + second * 1_000_000_000L + k * (1_000_000_000L / perSecond);
                requests.add(request(endpoint, start, s));
            }
        }
        return this;
    }

    /** The requests built so far. */
    public List<RequestEvent> list() {
        return List.copyOf(requests);
    }

    private RequestEvent request(String endpoint, long start, Shape s) {
        long id = requests.size() + 1;
        List<StatementEvent> statements = new ArrayList<>();
        for (int i = 0; i < s.statements; i++) {
            statements.add(new StatementEvent(id, i, "select * from items where order_id = ?", "select * from items where order_id = ?",
                    StatementKind.SELECT, null, i, start + i * 1000L, 500, 1, 1, 1, SITE, Set.of(), "exec-1", null));
        }
        List<HttpCallEvent> calls = new ArrayList<>();
        for (int i = 0; i < s.calls; i++) {
            calls.add(new HttpCallEvent(i, "jdk-httpclient", "GET", "http://127.0.0.1:9000/prices/{id}", "127.0.0.1:9000", 200,
                    start + i * 1000L, 1000, -1, 100, false, SITE, "exec-1", null));
        }
        long cpu = s.cpuMs < 0 ? -1 : (long) (jittered(s.cpuMs, s.jitter) * 1e6);
        return new RequestEvent(id, endpoint, endpoint.substring(0, endpoint.indexOf(' ')), endpoint.substring(endpoint.indexOf(' ') + 1),
                s.status, start, (long) (jittered(s.wallMs, s.jitter) * 1e6), cpu, (long) jittered(s.allocated, s.jitter),
                s.responseBytes, "servlet", "exec-1", statements, calls, 0, 0, null);
    }

    private double jittered(double value, double jitter) {
        return jitter == 0 ? value : value * (1 + jitter * (2 * random.nextDouble() - 1));
    }
}
