package io.perfloop.core.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locator names the first application frame however deep the skipped frames lie, also when
 * the depth changes from call to call (it sizes its walk by the previous call's depth).
 */
class CallSiteLocatorTest {
    private final CallSiteLocator locator = new CallSiteLocator(List.of(Infrastructure.class.getName()));

    @Test
    void findsTheApplicationFrameBelowAnyNumberOfSkippedFrames() {
        for (int depth : new int[] {1, 2, 60, 2, 300, 7, 7, 255, 256, 257, 1}) {
            int line = lineOfNextStatement();
            CallSiteLocator.Located located = Infrastructure.descend(depth, locator);
            assertThat(located.callSite()).as("depth %d", depth)
                    .isEqualTo(new CallSite(CallSiteLocatorTest.class.getName(),
                            "findsTheApplicationFrameBelowAnyNumberOfSkippedFrames", "CallSiteLocatorTest.java", line + 1));
            assertThat(located.frameworks()).isEmpty();
        }
    }

    @Test
    void threadsAtDifferentDepthsEachGetTheirOwnCallSite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                int depth = 1 + (task * 37) % 90;
                results.add(pool.submit(() -> Application.run(depth, locator).callSite().methodName()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("run");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlySkippedFramesGiveTheUnknownCallSite() {
        CallSiteLocator skipsEverything = new CallSiteLocator(List.of("io.", "org.", "com.", "worker.", "java", "jdk"));
        assertThat(skipsEverything.locate().callSite()).isEqualTo(CallSite.UNKNOWN);
    }

    @Test
    void exclusionEntriesMatchPackagesClassesAndGeneratedMarkers() {
        assertThat(CallSiteLocator.matches("org.postgresql.", "org.postgresql.jdbc.PgStatement")).isTrue();
        assertThat(CallSiteLocator.matches("com.acme.Dao", "com.acme.Dao$Inner")).isTrue();
        assertThat(CallSiteLocator.matches("com.acme.Dao", "com.acme.DaoImpl")).isFalse();
        assertThat(CallSiteLocator.matches("$$SpringCGLIB$$", "com.acme.Service$$SpringCGLIB$$0")).isTrue();
    }

    private static int lineOfNextStatement() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
    }

    /** Application code that calls through the infrastructure. */
    static final class Application {
        static CallSiteLocator.Located run(int depth, CallSiteLocator locator) {
            return Infrastructure.descend(depth, locator);
        }
    }

    /** Stands in for driver and ORM frames: skipped by the test's locator. */
    static final class Infrastructure {
        static CallSiteLocator.Located descend(int remaining, CallSiteLocator locator) {
            return remaining > 1 ? descend(remaining - 1, locator) : locator.locate();
        }
    }
}
