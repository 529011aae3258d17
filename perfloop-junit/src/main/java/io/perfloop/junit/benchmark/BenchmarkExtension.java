package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.Session;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Injects the {@link Benchmark} fixture into test methods and, at the end of the test run, prints
 * the results table, saves the run ({@code -Dperfloop.benchmark.save[=name]}) and compares it with
 * a saved one ({@code -Dperfloop.benchmark.compare[=N]}, failing the run on
 * {@code -Dperfloop.benchmark.compareFail=median:5%}). Register it with
 * {@code @ExtendWith(BenchmarkExtension.class)}; it is also listed for JUnit's extension
 * auto-detection. Needs JUnit 5.13+ (the end of the run is the close of an {@code AutoCloseable}
 * in the root store).
 */
public final class BenchmarkExtension implements ParameterResolver, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BenchmarkExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Benchmark.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SessionHolder holder = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SessionHolder.class, k -> SessionHolder.start(context), SessionHolder.class);
        if (holder.error != null) {
            throw new ParameterResolutionException("perfloop benchmark settings: " + holder.error.getMessage(), holder.error);
        }
        String name = holder.unique(name(context));
        context.getStore(NAMESPACE).put(Benchmark.class, name);
        return new Benchmark(name, context.getUniqueId(), holder.session.options(),
                holder.session.recorder(context::publishReportEntry));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        String name = context.getStore(NAMESPACE).remove(Benchmark.class, String.class);
        if (name != null && context.getExecutionException().isPresent()) {
            SessionHolder holder = context.getRoot().getStore(NAMESPACE).get(SessionHolder.class, SessionHolder.class);
            if (holder != null && holder.session != null) {
                holder.session.testFailed(name, context.getExecutionException().get());
            }
        }
    }

    /** {@code TestClass.method}, plus the invocation's display name for parameterised and repeated tests. */
    private static String name(ExtensionContext context) {
        String base = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        boolean invocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        return invocation ? base + "[" + context.getDisplayName() + "]" : base;
    }

    /** The session, or why it could not start; closed by JUnit at the end of the run. */
    private static final class SessionHolder implements AutoCloseable {
        private final Session session;
        private final RuntimeException error;
        private final Set<String> names = ConcurrentHashMap.newKeySet();

        private SessionHolder(Session session, RuntimeException error) {
            this.session = session;
            this.error = error;
        }

        static SessionHolder start(ExtensionContext context) {
            try {
                return new SessionHolder(new Session(context::getConfigurationParameter), null);
            } catch (RuntimeException e) {
                return new SessionHolder(null, e);
            }
        }

        String unique(String name) {
            String candidate = name;
            for (int i = 2; !names.add(candidate); i++) {
                candidate = name + "#" + i;
            }
            return candidate;
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
        }
    }
}
