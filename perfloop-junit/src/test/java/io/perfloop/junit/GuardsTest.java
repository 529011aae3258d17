package io.perfloop.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/** Runs the fixtures through the real JUnit engine and reads their verdicts and messages. */
class GuardsTest {

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
    }

    private static String failureMessage(Events events) {
        List<Event> failed = events.failed().list();
        assertThat(failed).hasSize(1);
        return failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
    }

    @Test
    void nPlusOneFailsWithTheLoopItsCallSiteAndTheFix() {
        Events events = run(GuardFixtures.NPlusOneInLoop.class);
        String message = failureMessage(events);
        System.out.println(message);
        assertThat(message)
                .startsWith("N+1 detected at io.perfloop.junit.GuardFixtures.userNamesOneByOne(GuardFixtures.java:")
                .contains("×10", "select name from guard_users where id = ?", "executions: 10", "distinct parameter sets: 10")
                .contains("fix: Read all the rows of guard_users in one round trip");
    }

    @Test
    void joinedVersionPassesBothGuards() {
        run(GuardFixtures.JoinedInstead.class).assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void classBudgetAppliesAndMethodBudgetReplacesIt() {
        Events events = run(GuardFixtures.ClassBudget.class);
        events.assertStatistics(s -> s.succeeded(1).failed(1));
        String message = failureMessage(events);
        assertThat(message).startsWith("Query budget exceeded: 3 SELECTs (budget 2)")
                .contains("1-3 ×3", "select count(*) from guard_orders");
    }

    @Test
    void repeatedQueryFails() {
        String message = failureMessage(run(GuardFixtures.Repeats.class));
        System.out.println(message);
        assertThat(message).startsWith("Repeated query detected at ").contains("executions: 2");
    }

    @Test
    void workOnWrappedPoolsAndUnwrappedThreadsIsCounted() {
        Events events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(GuardFixtures.FanOut.class, "wrappedPoolWorkCounts")).execute().testEvents();
        assertThat(failureMessage(events)).startsWith("Query budget exceeded: 6 SELECTs (budget 4)");
        events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(GuardFixtures.FanOut.class, "unwrappedThreadWorkCountsToo")).execute().testEvents();
        assertThat(failureMessage(events)).startsWith("Query budget exceeded: 2 SELECTs (budget 1)");
    }
}
