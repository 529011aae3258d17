package io.perfloop.agent.scenarios;

import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.events.AgentControl;
import io.perfloop.core.events.AgentStatus;
import io.perfloop.core.events.DatabaseUrls;
import io.perfloop.core.events.EndpointCounts;
import io.perfloop.core.events.EventsReader;
import io.perfloop.core.events.EventsSummary;
import io.perfloop.scenario.Scenarios;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios through the agent: one forked application per JDK, driven over HTTP like a load
 * generator would — warm-up, KEEP, the scenarios and the agent-only endpoints, FLUSH, then a probe
 * broken on purpose, then a normal exit — and everything asserted from the events file it left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgentScenarios extends CaptureModeScenarios {
    static final int PINGS = 20;
    static final int SAMPLE_AFTER = 5;
    /** Given in the application's JDBC URL (trust authentication ignores it); must never reach a file. */
    static final String PASSWORD = "not-for-the-file";

    private final Map<String, List<RequestEvent>> byEndpoint;
    private final EventsSummary summary;
    private final AgentStatus afterFlush;
    private final String stderr;
    private final String ownersBody;
    private final int tomcatPort;
    private final String jvm;
    private final boolean truncated;
    private final List<DatabaseUrls.Seen> databases;
    private final String databasesFile;

    /** Runs the whole session on the JDK at {@code javaHome}. */
    AgentScenarios(Path javaHome) throws Exception {
        Path work = Files.createTempDirectory("perfloop-agent-it");
        Path output = work.resolve("run");
        String users = "agent_users_" + ProcessHandle.current().pid() + "_" + Math.abs(javaHome.hashCode() % 1000);
        AgentControl control = AgentControl.of(output);
        try (ForkedApp app = ForkedApp.start(javaHome.resolve("bin/java"),
                "output=" + output + ",keep=false,sampleAfter=" + SAMPLE_AFTER, EmbeddedPostgres.shared().jdbcUrl() + "&password=" + PASSWORD,
                users, work)) {
            tomcatPort = app.tomcatPort;
            control.awaitRunning(Duration.ofSeconds(30));
            for (int i = 0; i < 3; i++) {
                app.get(app.jdkServerPort, "/ping"); // warm-up: counted, discarded
            }
            control.keep(Duration.ofSeconds(10));
            for (String name : Scenarios.NAMES) {
                assertThat(app.get(app.jdkServerPort, "/scenario/" + name).statusCode()).as(name).isEqualTo(200);
            }
            assertThat(app.get(app.jdkServerPort, "/calls").body()).endsWith("404");
            HttpResponse<String> owners = app.get(tomcatPort, "/owners/3/pets");
            ownersBody = owners.body();
            for (String path : List.of("/cpu", "/cpu-on-pool", "/hikari-over-perfloop")) {
                assertThat(app.get(app.jdkServerPort, path).statusCode()).as(path).isEqualTo(200);
            }
            for (int i = 0; i < PINGS; i++) {
                app.get(app.jdkServerPort, "/ping");
            }
            afterFlush = control.flush(Duration.ofSeconds(10));
            assertThat(app.get(app.jdkServerPort, "/hostile").body()).isEqualTo("survived");
            app.get(app.jdkServerPort, "/ping"); // the JDK server probe is off now: not recorded
            app.get(tomcatPort, "/items/5");     // the servlet probe still is
            app.close();
            stderr = app.stderr();
        }
        databases = DatabaseUrls.read(output);
        databasesFile = Files.readString(output.resolve(DatabaseUrls.FILE));
        Path events = output.resolve(afterFlush.eventsFile());
        List<RequestEvent> requests = new ArrayList<>();
        try (EventsReader reader = EventsReader.open(events)) {
            jvm = reader.header().jvm();
            reader.requests().forEach(requests::add);
            summary = reader.summary().orElseThrow();
            truncated = reader.truncated();
        }
        byEndpoint = requests.stream().collect(Collectors.groupingBy(RequestEvent::endpoint));
    }

    private RequestEvent only(String endpoint) {
        assertThat(byEndpoint).containsKey(endpoint);
        assertThat(byEndpoint.get(endpoint)).as(endpoint).hasSize(1);
        return byEndpoint.get(endpoint).get(0);
    }

    private EndpointCounts counts(String endpoint) {
        return summary.endpoints().stream().filter(e -> e.endpoint().equals(endpoint)).findFirst().orElseThrow();
    }

    @Override
    protected List<StatementEvent> statementsOf(String scenario) {
        return only("GET /scenario/" + scenario).statements();
    }

    @Override
    protected String threadOf(String scenario) {
        return only("GET /scenario/" + scenario).thread();
    }

    @Override
    protected int jdkUnderTest() {
        return Integer.parseInt(jvm.split("[.+-]")[0]);
    }

    /** The feature version this subclass runs the application on. */
    abstract int expectedJdk();

    @Test
    void ranOnTheIntendedJdkAndClosedTheFileCleanly() {
        assertThat(jdkUnderTest()).isEqualTo(expectedJdk());
        assertThat(truncated).isFalse();
        assertThat(summary.state()).isEqualTo(AgentStatus.KEEPING);
    }

    @Test
    void springMvc_endpointIsTheBestMatchingPattern() {
        RequestEvent r = only("GET /owners/{ownerId}/pets");
        assertThat(r.path()).isEqualTo("/owners/3/pets");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.server()).isEqualTo("servlet");
        assertThat(r.responseBytes()).isEqualTo(ownersBody.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(r.statements()).hasSize(2).allSatisfy(s -> assertThat(s.callSite().methodName()).isEqualTo("pets"));
        // the body is written once the handler returned: after both statements (5 ms for the two clocks)
        long lastStatementEnd = r.statements().stream().mapToLong(s -> s.startEpochNanos() + s.durationNanos()).max().orElseThrow();
        assertThat(r.firstByteNanos()).isBetween(lastStatementEnd - r.startEpochNanos() - 5_000_000L, r.wallNanos());
    }

    @Test
    void jdkHttpServer_firstByteAfterTheDownstreamCalls() {
        RequestEvent r = only("GET /calls");
        long lastCallEnd = r.httpCalls().stream().mapToLong(HttpCallEvent::endEpochNanos).max().orElseThrow();
        assertThat(r.firstByteNanos()).isBetween(lastCallEnd - r.startEpochNanos() - 5_000_000L, r.wallNanos());
    }

    @Test
    void plainServlet_numericSegmentsBecomeIds() {
        List<RequestEvent> items = byEndpoint.get("GET /items/{id}");
        assertThat(items).hasSize(6); // five downstream calls, one after the probe failure
        assertThat(items).allSatisfy(r -> assertThat(r.statements()).hasSize(1));
        assertThat(only("GET /items/missing").status()).isEqualTo(404);
    }

    @Test
    void httpClients_everyCallWithTimingStatusAndCallSite() {
        List<HttpCallEvent> calls = only("GET /calls").httpCalls();
        assertThat(calls).extracting(HttpCallEvent::client).containsExactly("jdkhttpclient", "httpurlconnection",
                "apachehttpclient5", "jdkhttpclient", "jdkhttpclient", "jdkhttpclient");
        assertThat(calls).extracting(HttpCallEvent::status).containsExactly(200, 200, 200, 200, 200, 404);
        assertThat(calls.subList(0, 5)).allSatisfy(c -> {
            assertThat(c.urlTemplate()).isEqualTo("http://127.0.0.1:" + tomcatPort + "/items/{id}");
            assertThat(c.durationNanos()).isGreaterThanOrEqualTo(40_000_000L);
            assertThat(c.responseBytes()).isEqualTo(13);
            assertThat(c.callSite().methodName()).isEqualTo("callAll");
        });
        for (int i = 1; i < 3; i++) { // one after another: no overlap
            assertThat(calls.get(i).startEpochNanos()).isGreaterThanOrEqualTo(calls.get(i - 1).endEpochNanos());
        }
        HttpCallEvent a = calls.get(3);
        HttpCallEvent b = calls.get(4);
        assertThat(a.async()).isTrue();
        assertThat(b.startEpochNanos()).isLessThan(a.endEpochNanos()); // the two async calls overlap
        assertThat(calls.get(5).urlTemplate()).endsWith("/items/missing");
    }

    @Test
    void cpuAndAllocations_ofTheRequestAndOfItsPoolTasks() {
        RequestEvent cpu = only("GET /cpu");
        assertThat(cpu.cpuNanos()).isGreaterThanOrEqualTo(55_000_000L).isLessThanOrEqualTo(cpu.wallNanos() + 5_000_000L);
        assertThat(cpu.allocatedBytes()).isGreaterThanOrEqualTo(8L << 20);
        RequestEvent onPool = only("GET /cpu-on-pool");
        assertThat(onPool.cpuNanos()).as("the pool task's CPU counts for the request").isGreaterThanOrEqualTo(55_000_000L);
    }

    @Test
    void perfloopDataSourceUnderTheAgent_recordsEachStatementOnce() {
        // PerfloopDataSource over a pool over PerfloopDataSource, then the pool alone: two N+1 runs
        assertThat(only("GET /hikari-over-perfloop").statements()).hasSize(2 * (1 + Scenarios.USERS));
    }

    @Test
    void warmupIsCountedNotWritten_andSamplingBeyondTheCapIsCounted() {
        EndpointCounts ping = counts("GET /ping");
        assertThat(ping.warmup()).isEqualTo(3);
        assertThat(ping.measured()).isEqualTo(PINGS);
        // n ≤ 5 all; then every 2nd up to 10 (6, 8, 10), every 3rd up to 15 (12, 15), every 4th up to 20 (16, 20)
        assertThat(ping.written()).isEqualTo(12);
        assertThat(ping.sampledOut()).isEqualTo(8);
        assertThat(byEndpoint.get("GET /ping")).hasSize(12);
        assertThat(afterFlush.written()).isEqualTo(afterFlush.measured() - afterFlush.sampledOut());
        assertThat(summary.statementsOutsideRequests()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void requestsFeedTheStatementRules() {
        var rules = io.perfloop.core.finding.RuleRegistry.load();
        var config = io.perfloop.core.finding.RuleConfig.defaults();
        assertThat(rules.check(io.perfloop.core.events.RequestUnits.of(only("GET /scenario/n-plus-one")), config))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("n-plus-one");
                    assertThat(f.scope()).isEqualTo("GET /scenario/n-plus-one");
                    assertThat(f.callSite()).startsWith(SCENARIOS + ".nPlusOne(Scenarios.java:");
                });
        assertThat(rules.check(io.perfloop.core.events.RequestUnits.of(only("GET /scenario/batch")), config)).isEmpty();
    }

    @Test
    void jdbcUrls_theDatabaseTheApplicationOpened_withoutItsPassword() {
        // PGSimpleDataSource goes through DriverManager, so through Driver.connect
        String base = EmbeddedPostgres.shared().jdbcUrl();
        assertThat(databases).isNotEmpty().allSatisfy(seen -> assertThat(seen.url()).startsWith(base.substring(0, base.indexOf('?'))));
        assertThat(databases).anySatisfy(seen -> assertThat(seen.connectUrl()).contains("user=postgres"));
        assertThat(databasesFile).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
    }

    @Test
    void brokenProbe_switchesItselfOffOnceAndTheAppGoesOn() {
        assertThat(summary.disabledProbes()).singleElement().asString().startsWith("jdkhttpserver: ")
                .contains("hostile exchange");
        assertThat(stderr.split("probe 'jdkhttpserver' failed", -1)).hasSize(2);
        assertThat(counts("GET /ping").measured()).isEqualTo(PINGS); // the ping after the failure was not seen
        assertThat(only("GET /hostile").status()).isEqualTo(200);
    }
}
