package io.perfloop.agent.scenarios;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC scenarios both capture modes must record identically: perfloop-jdbc's wrapper inside
 * a unit of work the test opens ({@link WrapperCaptureTest}) and the agent inside a request it
 * opens itself ({@code AgentOnJdk17IT}, {@code AgentOnJdk25IT}). Same statements, same shapes,
 * rows, batches and call sites, nothing recorded twice, work on other threads attributed.
 */
public abstract class CaptureModeScenarios {
    static final String SCENARIOS = Scenarios.class.getName();

    /** The statements recorded for one scenario of {@link Scenarios#NAMES}, in capture order. */
    protected abstract List<StatementEvent> statementsOf(String scenario);

    /** The name of the thread the scenario's unit of work was opened on. */
    protected abstract String threadOf(String scenario);

    /** The feature version of the JDK the scenarios ran on. */
    protected int jdkUnderTest() {
        return Runtime.version().feature();
    }

    @Test
    void nPlusOne_oneListQueryThenOneLookupPerRow() {
        List<StatementEvent> s = statementsOf("n-plus-one");
        assertThat(s).hasSize(1 + Scenarios.USERS);
        assertThat(s.get(0).sql()).endsWith("order by id");
        assertThat(s.get(0).rows()).isEqualTo(Scenarios.USERS);
        assertThat(s.get(0).callSite().className()).isEqualTo(SCENARIOS);
        assertThat(s.get(0).callSite().methodName()).isEqualTo("nPlusOne");
        List<StatementEvent> lookups = s.subList(1, s.size());
        assertThat(lookups).allSatisfy(l -> {
            assertThat(l.fingerprint()).isEqualTo(lookups.get(0).fingerprint()).contains("where id=?");
            assertThat(l.rows()).isEqualTo(1);
            assertThat(l.kind()).isEqualTo(StatementKind.SELECT);
            assertThat(l.callSite()).isEqualTo(lookups.get(0).callSite());
            assertThat(l.parameters()).isNull();
        });
        assertThat(lookups.stream().map(StatementEvent::parametersHash).distinct()).hasSize(Scenarios.USERS);
        assertThat(s.stream().map(StatementEvent::unitOfWorkId).distinct()).hasSize(1);
    }

    @Test
    void batch_isOneStatementWithItsSize() {
        List<StatementEvent> s = statementsOf("batch");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).kind()).isEqualTo(StatementKind.INSERT);
        assertThat(s.get(0).batchSize()).isEqualTo(5);
        assertThat(s.get(0).rows()).isEqualTo(5);
        assertThat(s.get(1).kind()).isEqualTo(StatementKind.DELETE);
        assertThat(s.get(1).rows()).isEqualTo(5);
        assertThat(s.get(1).sql()).contains("id >= 100");
    }

    @Test
    void executor_tasksOnPoolThreadsCountForTheSubmitter() {
        List<StatementEvent> s = statementsOf("executor");
        assertThat(s).hasSize(3);
        assertThat(s).allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("nameOf"));
        assertThat(s.stream().map(StatementEvent::thread)).doesNotContain(threadOf("executor"));
    }

    @Test
    void completableFuture_asyncStagesCountForTheRequest() {
        assertThat(statementsOf("completable-future")).hasSize(2)
                .allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("nameOf"))
                .allSatisfy(e -> assertThat(e.thread()).isNotEqualTo(threadOf("completable-future")));
    }

    @Test
    void virtualThreads_countForTheRequest() {
        List<StatementEvent> s = statementsOf("virtual-threads");
        assertThat(s).hasSize(2);
        if (jdkUnderTest() >= 21) { // virtual threads exist: the tasks ran off the request thread
            assertThat(s).allSatisfy(e -> assertThat(e.thread()).isNotEqualTo(threadOf("virtual-threads")));
        }
    }

    @Test
    void failing_isRecordedWithItsError() {
        assertThat(statementsOf("failing")).singleElement().satisfies(e -> {
            assertThat(e.failed()).isTrue();
            assertThat(e.error()).contains("no_such_column");
            assertThat(e.rows()).isEqualTo(-1);
        });
    }
}
