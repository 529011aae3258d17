package io.perfloop.scenario;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import io.perfloop.jdbc.PerfloopDataSource;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The application the agent tests fork, with {@code -javaagent}: a JDK {@code HttpServer}
 * serving the JDBC scenarios and the downstream-call endpoints, and an embedded Tomcat with a
 * plain servlet and Spring MVC. Prints {@code ready <jdkPort> <tomcatPort>} when it serves;
 * exits when its standard input closes.
 *
 * <p>Arguments: JDBC URL of the database, users table name.
 */
public final class ScenarioApp {
    static DataSource db;
    static String users;

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(args[0]);
        db = pg;
        users = args[1];
        Scenarios.createTables(db, users);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("select 1").close(); // outside any request: counted, not recorded
        }
        Scenarios scenarios = new Scenarios(db, users);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        Tomcat tomcat = tomcat();
        int tomcatPort = tomcat.getConnector().getLocalPort();
        Downstream downstream = new Downstream(URI.create("http://127.0.0.1:" + tomcatPort));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/scenario/", exchange -> respond(exchange, () -> {
            String name = exchange.getRequestURI().getPath().substring("/scenario/".length());
            scenarios.run(name, pool, null);
            return name;
        }));
        server.createContext("/calls", exchange -> respond(exchange, downstream::callAll));
        server.createContext("/cpu", exchange -> respond(exchange, () -> Work.burn(60) + " " + Work.allocate(8 << 20)));
        server.createContext("/cpu-on-pool", exchange -> respond(exchange,
                () -> pool.submit(() -> Work.burn(60)).get() + ""));
        server.createContext("/hikari-over-perfloop", exchange -> respond(exchange, () -> {
            try (HikariDataSource hikari = new HikariDataSource()) {
                hikari.setDataSource(PerfloopDataSource.wrap(db));
                hikari.setMaximumPoolSize(1);
                DataSource twice = PerfloopDataSource.wrap(hikari);
                new Scenarios(twice, users).run("n-plus-one", pool, null);
                new Scenarios(hikari, users).run("n-plus-one", pool, null);
            }
            return "ok";
        }));
        server.createContext("/ping", exchange -> respond(exchange, () -> "pong"));
        server.createContext("/hostile", exchange -> respond(exchange, () -> {
            // calls the JDK filter chain with an exchange whose URI getter throws inside the agent's probe
            new Filter.Chain(List.of(), e -> { }).doFilter(new HostileExchange());
            return "survived";
        }));
        server.start();
        System.out.println("ready " + server.getAddress().getPort() + " " + tomcatPort);
        System.out.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            // run until the test closes our input
        }
        server.stop(0);
        tomcat.stop();
        System.exit(0);
    }

    private static Tomcat tomcat() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("perfloop-tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "items", new ItemsServlet());
        context.addServletMappingDecoded("/items/*", "items");
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(WebConfig.class);
        Tomcat.addServlet(context, "spring", new DispatcherServlet(spring)).setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "spring");
        tomcat.start();
        return tomcat;
    }

    /** Work that answers with a body or fails with 500. */
    interface Body {
        String get() throws Exception;
    }

    static void respond(HttpExchange exchange, Body body) throws IOException {
        byte[] bytes;
        int status = 200;
        try {
            bytes = body.get().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            status = 500;
            bytes = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
