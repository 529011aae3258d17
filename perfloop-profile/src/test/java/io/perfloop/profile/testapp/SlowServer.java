package io.perfloop.profile.testapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A loopback server that answers each one-byte request after a delay: a slow downstream service. */
public final class SlowServer implements AutoCloseable {
    private final ServerSocket server;
    private final long delayMillis;

    public SlowServer(long delayMillis) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.delayMillis = delayMillis;
        Thread t = new Thread(this::serve, "slow-server");
        t.setDaemon(true);
        t.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> answer(s), "slow-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            while (in.read() >= 0) {
                Sleep.of(delayMillis);
                out.write('!');
                out.flush();
            }
        } catch (IOException e) {
            // client went away
        }
    }

    /** A blocking call to the slow service: connect, one request, wait for the answer. */
    public void call() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            s.getOutputStream().write('?');
            s.getOutputStream().flush();
            if (s.getInputStream().read() != '!') { // BLOCKING CALL
                throw new IllegalStateException("unexpected answer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
