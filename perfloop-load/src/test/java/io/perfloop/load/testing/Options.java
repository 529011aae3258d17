package io.perfloop.load.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.perfloop.load.LoadOptions;
import io.perfloop.load.http.ClientSettings;
import io.perfloop.load.record.EndpointGrouper;
import io.perfloop.load.report.Check;

/** Builds {@link LoadOptions} with test defaults, so a test names only what it is about. */
public final class Options {
    private final Path source;
    private String sourceType;
    private String logFormat;
    private String target;
    private double speed = 1;
    private long maxIdle = 5_000_000_000L;
    private Double rate;
    private long ramp;
    private Integer concurrency;
    private long duration = Long.MAX_VALUE;
    private long maxRequests = Long.MAX_VALUE;
    private String client = "nio";
    private int connections = 16;
    private Duration timeout = Duration.ofSeconds(5);
    private int maxBacklog = 100_000;
    private final List<Check> checks = new ArrayList<>();
    private final List<EndpointGrouper.Rule> groups = new ArrayList<>();

    private Options(Path source) {
        this.source = source;
    }

    public static Options of(Path source) {
        return new Options(source);
    }

    public Options target(String v) { target = v; return this; }
    public Options format(String v) { logFormat = v; return this; }
    public Options type(String v) { sourceType = v; return this; }
    public Options speed(double v) { speed = v; return this; }
    public Options maxIdleMillis(long v) { maxIdle = v * 1_000_000; return this; }
    public Options rate(double v) { rate = v; return this; }
    public Options rampMillis(long v) { ramp = v * 1_000_000; return this; }
    public Options concurrency(int v) { concurrency = v; return this; }
    public Options durationMillis(long v) { duration = v * 1_000_000; return this; }
    public Options maxRequests(long v) { maxRequests = v; return this; }
    public Options client(String v) { client = v; return this; }
    public Options connections(int v) { connections = v; return this; }
    public Options timeoutMillis(long v) { timeout = Duration.ofMillis(v); return this; }
    public Options maxBacklog(int v) { maxBacklog = v; return this; }
    public Options check(String v) { checks.add(Check.parse(v)); return this; }
    public Options group(String v) { groups.add(EndpointGrouper.Rule.parse(v)); return this; }

    public LoadOptions build() {
        return new LoadOptions(source, sourceType, logFormat, false, target, speed, maxIdle, 1000, rate, ramp,
                concurrency, duration, maxRequests, new ClientSettings(client, connections, timeout, false), groups,
                200, maxBacklog, checks);
    }
}
