package io.perfloop.junit;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.report.UnitOfWorkText;
import io.perfloop.core.work.Recorded;
import io.perfloop.core.work.StatementRouter;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.capture.Capture;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs each guarded test inside a perfloop unit of work and checks what it executed against the
 * test's {@link QueryBudget}, {@link NoNPlusOne} and {@link NoRepeatedQueries}. Statements from
 * executors wrapped with {@code Perfloop.wrap} are attributed to the test; so are statements run
 * outside any unit of work while the test runs (e.g. an unwrapped server thread), which makes the
 * guards safe for integration tests but not for tests running in parallel in one JVM.
 *
 * <p>Capture needs a captured data source: {@code PerfloopDataSource.wrap(ds)} or a
 * {@code jdbc:perfloop:…} URL. The annotations register this extension themselves.
 */
public final class PerfloopExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PerfloopExtension.class);

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Guards guards = guards(context);
        if (!guards.any()) {
            return;
        }
        ConcurrentLinkedQueue<Recorded> unscoped = new ConcurrentLinkedQueue<>();
        StatementRouter.Registration registration = StatementRouter.onUnscoped(unscoped::add);
        UnitOfWork unit = UnitOfWork.open(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
        context.getStore(NAMESPACE).put(State.class, new State(guards, unit, registration, unscoped));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        State state = context.getStore(NAMESPACE).remove(State.class, State.class);
        if (state == null) {
            return;
        }
        state.unit.close();
        state.registration.close();
        WorkUnit unit = merge(state.unit.snapshot(), state.unscoped);
        List<String> budget = state.guards.budgetViolations(unit);
        List<Finding> findings = state.guards.findings(unit);
        if (budget.isEmpty() && findings.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!budget.isEmpty()) {
            message.append("Query budget exceeded: ").append(String.join(", ", budget)).append('\n');
        }
        for (Finding f : findings) {
            message.append(f.ruleId().equals("n-plus-one") ? "N+1 detected" : "Repeated query detected")
                    .append(" at ").append(f.callSite()).append('\n');
        }
        message.append('\n').append(UnitOfWorkText.render(unit, findings));
        if (unit.statements().isEmpty() && Capture.connectionsCaptured() == 0) {
            message.append("\nperfloop saw no captured connection in this JVM: wrap your DataSource with "
                    + "PerfloopDataSource.wrap(…) or use a jdbc:perfloop:… URL.\n");
        }
        throw new AssertionError(message.toString());
    }

    private static WorkUnit merge(WorkUnit scoped, ConcurrentLinkedQueue<Recorded> unscoped) {
        if (unscoped.isEmpty()) {
            return scoped;
        }
        List<StatementEvent> all = new ArrayList<>(scoped.statements());
        unscoped.forEach(r -> all.add(r.event()));
        all.sort(Comparator.comparingLong(StatementEvent::sequence));
        return new WorkUnit(scoped.id(), scoped.name(), scoped.parentId(), scoped.startEpochNanos(),
                scoped.durationNanos(), List.copyOf(all), scoped.dropped());
    }

    private static Guards guards(ExtensionContext context) {
        return new Guards(find(context, QueryBudget.class), find(context, NoNPlusOne.class), find(context, NoRepeatedQueries.class));
    }

    /** The method's annotation, else the nearest enclosing class's. */
    private static <A extends Annotation> Optional<A> find(ExtensionContext context, Class<A> type) {
        Optional<A> onMethod = context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, type));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<A> onClass = AnnotationSupport.findAnnotation((AnnotatedElement) c, type);
            if (onClass.isPresent()) {
                return onClass;
            }
        }
        return Optional.empty();
    }

    private record State(Guards guards, UnitOfWork unit, StatementRouter.Registration registration,
                         ConcurrentLinkedQueue<Recorded> unscoped) {
    }
}
