package io.perfloop.load.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers with exactly the bytes a test scripts, cut into the pieces it chooses,
 * and closes or resets connections when told: the misbehaviour a real HTTP server library will not produce
 * on demand. Records every request it read, with the connection it came on.
 */
public final class ScriptedServer implements AutoCloseable {
    /** What to do with request {@code n} (1-based, over all connections), {@code onConnection} (1-based). */
    @FunctionalInterface
    public interface Script {
        Reply reply(int n, int onConnection, String request);
    }

    /**
     * @param pieces   response bytes, written and flushed one piece at a time, {@code pauseMillis} apart
     * @param then     what happens to the connection after the reply
     */
    public record Reply(List<String> pieces, long pauseMillis, After then) {
        public static Reply of(String response) {
            return new Reply(List.of(response), 0, After.KEEP);
        }

        public Reply then(After after) {
            return new Reply(pieces, pauseMillis, after);
        }
    }

    /** Keep the connection, close it (FIN), reset it (RST), or close it after a pause (an idle timeout). */
    public enum After { KEEP, CLOSE, RESET, CLOSE_LATER, NOTHING_MORE }

    /** @param connection which accepted connection (1-based) @param text the request head and body */
    public record Request(int connection, String text) {
    }

    private final ServerSocket server;
    private final Script script;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Request> received = new CopyOnWriteArrayList<>();

    public ScriptedServer(Script script) throws IOException {
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.script = script;
        Thread acceptor = new Thread(this::accept, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                int id = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s, id), "scripted-connection-" + id);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s, int id) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            for (int onConnection = 1; ; onConnection++) {
                String request = readRequest(in);
                if (request == null) {
                    return;
                }
                received.add(new Request(id, request));
                Reply reply = script.reply(requests.incrementAndGet(), onConnection, request);
                for (String piece : reply.pieces()) {
                    out.write(piece.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (reply.pauseMillis() > 0) {
                        Thread.sleep(reply.pauseMillis());
                    }
                }
                switch (reply.then()) {
                    case KEEP -> { }
                    case CLOSE -> { return; }
                    case RESET -> {
                        s.setSoLinger(true, 0);
                        return;
                    }
                    case CLOSE_LATER -> {
                        Thread.sleep(300);
                        return;
                    }
                    case NOTHING_MORE -> {
                        Thread.sleep(60_000); // hold the connection open, answering nothing
                        return;
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the test ended
        }
    }

    /** The head up to the blank line, and a Content-Length body; null at end of stream. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        if (matched < 4) {
            return null;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
