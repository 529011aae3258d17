package io.perfloop.load.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Warms a transport up before the clock starts, without sending anything to the target: a throw-away
 * server on a loopback port answers a few requests through the real client code path. Without it the
 * first requests of a run wait for class loading and connection-pool setup (measured: 50-300 ms), which
 * would land in the first second's latencies and skew a replay's first gaps.
 */
final class TransportWarmup {
    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);

    private TransportWarmup() {
    }

    /** Sends {@code requests} requests through the transport to a local stub; best effort, bounded to 2 s. */
    static void warm(HttpTransport transport, int requests) {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 8; i++) {
                Thread stub = new Thread(() -> serve(server), "perfloop-warmup-stub");
                stub.setDaemon(true);
                stub.start();
            }
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/warmup";
            // in rounds of growing parallelism, so opening extra connections is warmed up as well
            for (int round = 0, sent = 0; sent < requests; round++) {
                int parallel = Math.min(1 << Math.min(round, 3), requests - sent);
                CountDownLatch done = new CountDownLatch(parallel);
                for (int i = 0; i < parallel; i++) {
                    transport.send(new OutgoingRequest("GET", url, List.of(), new byte[0]), (s, b, f) -> done.countDown());
                }
                sent += parallel;
                if (!done.await(2, TimeUnit.SECONDS)) {
                    return;
                }
            }
        } catch (IOException e) {
            // no loopback port: run cold rather than not at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setTcpNoDelay(true);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (readHead(in)) {
                    out.write(RESPONSE);
                    out.flush();
                }
            } catch (IOException e) {
                // the client closed the connection, or the stub was closed
            }
        }
    }

    /** Reads up to the blank line ending a request head; false at end of stream. */
    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                return true;
            }
        }
        return false;
    }
}
