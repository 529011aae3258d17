package io.perfloop.agent.scenarios;

import io.perfloop.Perfloop;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.scenario.Scenarios;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/** The scenarios through perfloop-jdbc's wrapper, in this JVM, without the agent. */
class WrapperCaptureTest extends CaptureModeScenarios {
    private static final Map<String, List<StatementEvent>> CAPTURED = new HashMap<>();
    private static ExecutorService pool;
    private static String openedOn;

    @BeforeAll
    static void runAll() throws Exception {
        DataSource raw = EmbeddedPostgres.shared().dataSource();
        String users = "wrapper_users";
        Scenarios.createTables(raw, users);
        Scenarios scenarios = new Scenarios(PerfloopDataSource.wrap(raw), users);
        pool = Executors.newFixedThreadPool(2);
        openedOn = Thread.currentThread().getName();
        for (String name : Scenarios.NAMES) {
            try (UnitOfWork unit = Perfloop.unitOfWork(name)) {
                scenarios.run(name, Perfloop.wrap(pool), Perfloop.wrap(ForkJoinPool.commonPool()));
                CAPTURED.put(name, unit.snapshot().statements());
            }
        }
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
    }

    @Override
    protected String threadOf(String scenario) {
        return openedOn;
    }

    @Override
    protected List<StatementEvent> statementsOf(String scenario) {
        return CAPTURED.get(scenario);
    }
}
