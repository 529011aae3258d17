package io.perfloop.core.detect;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds an endpoint's captured traffic inline, in milliseconds from each request's start, so a
 * rule test reads like the situation: {@code endpoint("GET /quote").requests(10, r -> r.wall(300).call(0, 100))}.
 */
final class Traffic {
    static final CallSite QUOTE = new CallSite("com.acme.QuoteService", "quote", "QuoteService.java", 31);
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final String endpoint;
    private final List<RequestEvent> requests = new ArrayList<>();
    private final java.util.Set<String> written = new java.util.HashSet<>();
    private double share = 1.0;

    private Traffic(String endpoint) {
        this.endpoint = endpoint;
    }

    static Traffic endpoint(String endpoint) {
        return new Traffic(endpoint);
    }

    Traffic share(double share) {
        this.share = share;
        return this;
    }

    Traffic tableWritten(String table) {
        written.add(table);
        return this;
    }

    Traffic requests(int n, Consumer<Request> shape) {
        for (int i = 0; i < n; i++) {
            Request r = new Request(requests.size());
            shape.accept(r);
            requests.add(r.build(endpoint));
        }
        return this;
    }

    EndpointTraffic build() {
        return new EndpointTraffic(endpoint, requests, share, written);
    }

    List<RequestEvent> list() {
        return requests;
    }

    static final class Request {
        final int index;
        final long start;
        long wallMs = 100;
        long cpuMs = 5;
        long responseBytes = 2_000;
        int status = 200;
        long firstByteMs = -1;
        final List<StatementEvent> statements = new ArrayList<>();
        final List<HttpCallEvent> calls = new ArrayList<>();

        Request(int index) {
            this.index = index;
            this.start = T0 + index * 1_000_000_000L;
        }

        Request wall(long ms) {
            wallMs = ms;
            return this;
        }

        Request cpu(long ms) {
            cpuMs = ms;
            return this;
        }

        Request firstByte(long ms) {
            firstByteMs = ms;
            return this;
        }

        Request status(int code) {
            status = code;
            return this;
        }

        Request bytes(long bytes) {
            responseBytes = bytes;
            return this;
        }

        Request call(long fromMs, long toMs) {
            calls.add(new HttpCallEvent(calls.size(), "jdk-httpclient", "GET", "http://127.0.0.1:9000/prices/{id}",
                    "127.0.0.1:9000", 200, start + fromMs * 1_000_000, (toMs - fromMs) * 1_000_000, -1, 100, false,
                    QUOTE, "http-nio-1", null));
            return this;
        }

        Request query(String sql, long parametersHash, long rows, long fromMs, long toMs) {
            statements.add(new StatementEvent(index + 1, statements.size(), sql, sql.toLowerCase(), StatementKind.of(sql), null,
                    parametersHash, start + fromMs * 1_000_000, (toMs - fromMs) * 1_000_000, rows, 1, 1, QUOTE, Set.of(),
                    "http-nio-1", null));
            return this;
        }

        RequestEvent build(String endpoint) {
            return new RequestEvent(index + 1, endpoint, "GET", "/", status, start, wallMs * 1_000_000, cpuMs * 1_000_000,
                    1_000, responseBytes, "servlet", "http-nio-1", statements, calls, 0, 0, null,
                    firstByteMs < 0 ? -1 : firstByteMs * 1_000_000);
        }
    }
}
