package io.perfloop.load.http.nio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.perfloop.load.http.ErrorKind;
import io.perfloop.load.http.HttpProtocolException;
import io.perfloop.load.http.HttpTransport;
import io.perfloop.load.http.OutgoingRequest;
import io.perfloop.load.source.RequestSpec;
import io.perfloop.load.testing.ScriptedServer;
import io.perfloop.load.testing.ScriptedServer.After;
import io.perfloop.load.testing.ScriptedServer.Reply;

/** perfloop's HTTP/1.1 client against a server that says exactly what each test needs, on loopback. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NioTransportTest {
    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

    private final List<AutoCloseable> open = new ArrayList<>();

    record Result(int status, long bytes, Throwable failure) {
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private NioTransport transport(int connections, long timeoutMillis) {
        NioTransport t = new NioTransport(1, connections, TimeUnit.MILLISECONDS.toNanos(timeoutMillis), () -> {
            throw new AssertionError("no https here");
        });
        open.add(t);
        return t;
    }

    private ScriptedServer server(ScriptedServer.Script script) throws IOException {
        ScriptedServer s = new ScriptedServer(script);
        open.add(s);
        return s;
    }

    private static CompletableFuture<Result> send(HttpTransport t, OutgoingRequest r) {
        CompletableFuture<Result> f = new CompletableFuture<>();
        t.send(r, (status, bytes, failure) -> f.complete(new Result(status, bytes, failure)));
        return f;
    }

    private static Result get(HttpTransport t, String url) throws Exception {
        return send(t, new OutgoingRequest("GET", url, List.of(), new byte[0])).get(20, TimeUnit.SECONDS);
    }

    @Test
    void keepsOneConnectionAliveAndSendsWhatTheWorkloadSays() throws Exception {
        ScriptedServer server = server((n, c, req) -> Reply.of(OK));
        NioTransport t = transport(4, 5000);
        OutgoingRequest post = new OutgoingRequest("POST", server.url() + "/orders?x=1#frag",
                List.of(new RequestSpec.Header("X-Trace", "abc"), new RequestSpec.Header("Content-Type", "text/plain")),
                "héllo".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20; i++) {
            Result r = i % 2 == 0 ? get(t, server.url() + "/a/ü") : send(t, post).get(20, TimeUnit.SECONDS);
            assertThat(r.failure()).isNull();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bytes()).isEqualTo(2);
        }
        assertThat(server.connections()).isEqualTo(1);
        String port = server.url().substring(server.url().lastIndexOf(':') + 1);
        assertThat(server.received().get(0).text()).isEqualTo(
                "GET /a/%C3%BC HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUser-Agent: perfloop\r\n\r\n");
        assertThat(server.received().get(1).text()).isEqualTo("POST /orders?x=1 HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nX-Trace: abc\r\nContent-Type: text/plain\r\nUser-Agent: perfloop\r\nContent-Length: 6\r\n\r\n"
                + new String("héllo".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void responsesCutIntoPiecesAndEveryFramingArriveWhole() throws Exception {
        List<Reply> replies = List.of(
                new Reply(List.of("HTTP/1.1 200 OK\r\nTransfer-", "Encoding: chunked\r\n\r\n3\r\nab", "c\r\n0\r\n", "\r\n"), 20,
                        After.KEEP),
                new Reply(List.of("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\n12", "345"), 20, After.KEEP),
                new Reply(List.of("HTTP/1.1 200 OK\r\n\r\nuntil ", "the close"), 20, After.CLOSE),
                Reply.of("HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbusy").then(After.CLOSE),
                Reply.of("HTTP/1.1 204 No Content\r\n\r\n"));
        ScriptedServer server = server((n, c, req) -> replies.get(n - 1));
        NioTransport t = transport(1, 5000);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            results.add(get(t, server.url() + "/r" + i));
        }
        assertThat(results).extracting(Result::failure).containsOnlyNulls();
        assertThat(results).extracting(Result::status).containsExactly(200, 201, 200, 503, 204);
        assertThat(results).extracting(Result::bytes).containsExactly(3L, 5L, 15L, 4L, 0L);
        assertThat(server.connections()).as("closed after the until-close body and after Connection: close").isEqualTo(3);
    }

    @Test
    void aKeptAliveConnectionTheServerClosedIsRetriedOnceOnANewOne() throws Exception {
        ScriptedServer server = server((n, c, req) -> Reply.of(OK).then(After.CLOSE_LATER));
        NioTransport t = transport(1, 5000);
        assertThat(get(t, server.url() + "/1").status()).isEqualTo(200);
        Thread.sleep(600); // the server closed the idle connection meanwhile; the client has not noticed yet
        Result second = get(t, server.url() + "/2");
        assertThat(second.failure()).isNull();
        assertThat(second.status()).isEqualTo(200);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aResponseThatEndsEarlyIsAResetNotARetry() throws Exception {
        ScriptedServer server = server((n, c, req) -> n == 2
                ? new Reply(List.of("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"), 0, After.CLOSE)
                : Reply.of(OK));
        NioTransport t = transport(1, 5000);
        assertThat(get(t, server.url()).status()).isEqualTo(200);
        Result cut = get(t, server.url());
        assertThat(ErrorKind.classify(cut.failure())).as(String.valueOf(cut.failure())).isEqualTo(ErrorKind.RESET);
        assertThat(server.received()).hasSize(2);
    }

    /**
     * The server closes every connection right after its response, so the sending thread keeps picking up
     * connections the loop has not yet seen closed: each exchange must still complete exactly once, and with
     * a response (the write that met a closed connection is retried on a fresh one).
     */
    @Test
    void everyExchangeCompletesExactlyOnceWhileConnectionsCloseUnderTheSender() throws Exception {
        ScriptedServer server = server((n, c, req) -> Reply.of(OK).then(After.CLOSE));
        NioTransport t = transport(2, 10_000);
        int requests = 300;
        AtomicInteger[] calls = new AtomicInteger[requests];
        List<CompletableFuture<Result>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            AtomicInteger count = calls[i] = new AtomicInteger();
            CompletableFuture<Result> f = new CompletableFuture<>();
            t.send(new OutgoingRequest("GET", server.url() + "/" + i, List.of(), new byte[0]), (status, bytes, failure) -> {
                count.incrementAndGet();
                f.complete(new Result(status, bytes, failure));
            });
            all.add(f);
            if (i % 2 == 1) {
                f.get(10, TimeUnit.SECONDS); // two in flight at most, each on a connection about to close
            }
        }
        for (CompletableFuture<Result> f : all) {
            Result r = f.get(10, TimeUnit.SECONDS);
            assertThat(r.status()).as(String.valueOf(r.failure())).isEqualTo(200);
        }
        Thread.sleep(100);
        assertThat(calls).allSatisfy(c -> assertThat(c).hasValue(1));
        assertThat(server.received()).hasSizeBetween(requests, requests * 2);
    }

    /** Bodies larger than the socket buffers: the request is finished by the loop, the response read in many reads. */
    @Test
    void bigBodiesBothWays() throws Exception {
        int size = 16 * 1024 * 1024;
        String big = "HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n" + "r".repeat(size);
        ScriptedServer server = server((n, c, req) -> {
            int received = req.length() - req.indexOf("\r\n\r\n") - 4;
            return Reply.of(received == size ? big : "HTTP/1.1 400 Short\r\nContent-Length: 0\r\n\r\n");
        });
        NioTransport t = transport(1, 20_000);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'q');
        for (int i = 0; i < 2; i++) { // the second time on the kept-alive connection
            Result r = send(t, new OutgoingRequest("PUT", server.url() + "/blob", List.of(), body)).get(20, TimeUnit.SECONDS);
            assertThat(r.failure()).isNull();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bytes()).isEqualTo(size);
        }
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void malformedResponseFailsWithItsReason() throws Exception {
        ScriptedServer server = server((n, c, req) -> Reply.of("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"));
        Result r = get(transport(1, 5000), server.url());
        assertThat(r.failure()).isInstanceOf(HttpProtocolException.class).hasMessageContaining("bad Content-Length");
        assertThat(ErrorKind.classify(r.failure())).isEqualTo(ErrorKind.OTHER);
    }

    @Test
    void silentServerTimesOutAndItsConnectionIsNotReused() throws Exception {
        ScriptedServer server = server((n, c, req) -> n == 1 ? Reply.of("HTTP/1.1 200 OK\r\n").then(After.NOTHING_MORE)
                : Reply.of(OK));
        NioTransport t = transport(1, 300);
        long start = System.nanoTime();
        Result r = get(t, server.url());
        assertThat(r.failure()).isInstanceOf(TimeoutException.class);
        assertThat(ErrorKind.classify(r.failure())).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(290L, 5000L);
        assertThat(get(t, server.url()).status()).isEqualTo(200);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void refusedAndInvalidAreTold() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        NioTransport t = transport(2, 5000);
        Result refused = get(t, "http://127.0.0.1:" + port + "/");
        assertThat(refused.failure()).isInstanceOf(ConnectException.class);
        assertThat(ErrorKind.classify(refused.failure())).isEqualTo(ErrorKind.REFUSED);
        for (String bad : List.of("http://127.0.0.1:" + port + "/a b", "ftp://x/", "http://u@127.0.0.1/", "http://h:99999/")) {
            assertThat(ErrorKind.classify(get(t, bad).failure())).as(bad).isEqualTo(ErrorKind.INVALID);
        }
        Result header = send(t, new OutgoingRequest("GET", "http://127.0.0.1:" + port + "/",
                List.of(new RequestSpec.Header("X", "a\r\nInjected: 1")), new byte[0])).get(5, TimeUnit.SECONDS);
        assertThat(ErrorKind.classify(header.failure())).isEqualTo(ErrorKind.INVALID);
    }

    @Test
    void manyRequestsShareTheBoundedConnections() throws Exception {
        ScriptedServer server = server((n, c, req) -> new Reply(List.of(OK), 1, After.KEEP));
        NioTransport t = transport(4, 10_000);
        List<CompletableFuture<Result>> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(send(t, new OutgoingRequest("GET", server.url() + "/" + i, List.of(), new byte[0])));
        }
        for (CompletableFuture<Result> f : all) {
            Result r = f.get(20, TimeUnit.SECONDS);
            assertThat(r.status()).as(String.valueOf(r.failure())).isEqualTo(200);
        }
        assertThat(server.connections()).isEqualTo(4);
        assertThat(server.received()).hasSize(300);
    }

    @Test
    void httpsGoesToTheFallbackClient() throws Exception {
        AtomicInteger fallbackSends = new AtomicInteger();
        HttpTransport fallback = new HttpTransport() {
            @Override
            public void send(OutgoingRequest request, Completion done) {
                fallbackSends.incrementAndGet();
                done.completed(299, 0, null);
            }

            @Override
            public String name() {
                return "fake";
            }

            @Override
            public void close() {
            }
        };
        NioTransport t = new NioTransport(1, 1, TimeUnit.SECONDS.toNanos(5), () -> fallback);
        open.add(t);
        assertThat(get(t, "https://example.invalid/").status()).isEqualTo(299);
        assertThat(fallbackSends).hasValue(1);
    }

    @Test
    void closingFailsWhatIsInFlight() throws Exception {
        ScriptedServer server = server((n, c, req) -> Reply.of("").then(After.NOTHING_MORE));
        NioTransport t = new NioTransport(1, 2, TimeUnit.SECONDS.toNanos(30), () -> null);
        CompletableFuture<Result> pending = send(t, new OutgoingRequest("GET", server.url(), List.of(), new byte[0]));
        Thread.sleep(200);
        t.close();
        assertThat(pending.get(5, TimeUnit.SECONDS).failure()).hasMessageContaining("closed");
        assertThat(get(t, server.url()).failure()).hasMessageContaining("closed");
    }
}
