package io.perfloop.junit.examples;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs the README's example and prints its real output (the README pastes it):
 * {@code mvn -B -pl perfloop-junit -am verify -Dtest=ReadmeExampleTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReadmeExampleTest {

    @Test
    void captureByHandReportsTheNPlusOne() throws Exception {
        String report = ReadmeExample.captureByHand();
        System.out.println(report);
        assertThat(report).contains("[n-plus-one] N+1 query: 5 × the same SELECT on shop_users",
                "ReadmeExample$OrderRepository.listWithUserNames(ReadmeExample.java:");
    }

    @Test
    void guardFailsWithAnActionableMessage() {
        var failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ReadmeExample.OrderRepositoryTest.class))
                .execute().testEvents().failed().list();
        assertThat(failed).hasSize(1);
        String message = failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
        System.out.println(message);
        assertThat(message).startsWith("Query budget exceeded: 6 SELECTs (budget 1)\nN+1 detected at ");
    }
}
