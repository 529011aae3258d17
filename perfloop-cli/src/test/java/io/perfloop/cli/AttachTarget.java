package io.perfloop.cli;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A running service for {@code record --attach}: a JDK {@code HttpServer} started before any agent
 * exists, so the agent has to retransform classes that are already loaded and serving.
 * {@code java -cp … io.perfloop.cli.AttachTarget PORT [EXIT_AFTER_MS]}: with the second argument it
 * exits with code 7 that long after it started serving (a crash in the middle of a recording).
 */
public final class AttachTarget {
    private AttachTarget() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        server.createContext("/hello", exchange -> {
            byte[] body = ("hello " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("serving on " + args[0]);
        if (args.length > 1) { // a crash mid-run, for record's tests
            Thread.sleep(Long.parseLong(args[1]));
            System.out.println("crashing on purpose");
            System.exit(7);
        }
    }
}
