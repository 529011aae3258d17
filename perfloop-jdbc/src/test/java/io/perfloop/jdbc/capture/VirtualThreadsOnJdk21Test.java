package io.perfloop.jdbc.capture;

import io.perfloop.Perfloop;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fan-out on virtual threads inside a unit of work. The build runs this class on Temurin 25 (a
 * second Surefire execution), since the code is compiled for Java 17 and reaches the
 * virtual-thread executor reflectively.
 */
class VirtualThreadsOnJdk21Test {

    @Test
    void virtualThreadFanOutIsAttributedToTheSubmittingUnit() throws Exception {
        assertThat(Runtime.version().feature()).as("this class must run on JDK 21+").isGreaterThanOrEqualTo(21);
        DataSource ds = ConcurrencyTest.ds();
        ExecutorService virtual = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try (UnitOfWork uow = Perfloop.unitOfWork("virtual")) {
            ExecutorService wrapped = Perfloop.wrap(virtual);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int round = i;
                futures.add(wrapped.submit(() -> {
                    ConcurrencyTest.select(ds, 7, round);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            WorkUnit unit = uow.snapshot();
            ConcurrencyTest.assertOwnStatementsOnly(unit, 7, 50);
            assertThat(unit.statements()).anySatisfy(s -> assertThat(s.thread()).isEmpty()); // virtual threads are unnamed
        } finally {
            virtual.shutdown();
        }
    }
}
