package io.perfloop.samples.shop.support;

import io.perfloop.samples.shop.ShopApplication;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.testdb.EmbeddedPostgres;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shops the tests run against, started once per JVM and shared by all test classes (one
 * Spring context each, like spring-boot-test's context cache, but chosen by fix switch).
 *
 * <p>Two shops carry the real fixes between them, each switch on in exactly one:
 * <b>odd</b> has the fixes of problems 1, 3, 5, 7 and <b>even</b> those of 2, 4, 6, 8. So every
 * problem is seen both ways while the seven other switches stand the opposite way, which is what
 * "each switch is independent" means, and comparing odd with even compares every fix at once.
 * A third shop, <b>stale</b>, runs the wrong {@code cache-no-invalidation} and starts its own
 * embedded PostgreSQL the way {@code java -jar shop.jar} does (no {@code --db-url}).
 */
public final class Shops {

    /** Data size of every test shop: 10 000 orders, 1 000 users, 500 products. */
    public static final String TEST_SCALE = "0.05";
    /** Fast pricing keeps the sequential-call tests short; the problem shows at any latency. */
    public static final String TEST_PRICING_LATENCY = "20ms";

    private static final Set<Fix> ODD = EnumSet.of(Fix.N_PLUS_ONE, Fix.PARTIAL_INDEX, Fix.CACHE, Fix.STREAMING);
    private static final Set<Fix> EVEN = EnumSet.of(Fix.INDEX, Fix.CONCURRENT_PRICING, Fix.FIELDS, Fix.INVOICE);
    private static final Map<String, RunningShop> STARTED = new HashMap<>();

    private Shops() {
    }

    /** The shop that has {@code fix} on. */
    public static RunningShop with(Fix fix) {
        if (fix == Fix.CACHE_NO_INVALIDATION) {
            return stale();
        }
        return ODD.contains(fix) ? odd() : even();
    }

    /** A shop that has {@code fix} off (and, for the cache, no cache at all). */
    public static RunningShop without(Fix fix) {
        if (fix == Fix.CACHE_NO_INVALIDATION) {
            return even();
        }
        return ODD.contains(fix) ? even() : odd();
    }

    /** Fixes of problems 1, 3, 5 and 7. */
    public static RunningShop odd() {
        return start("odd", ODD, true);
    }

    /** Fixes of problems 2, 4, 6 and 8. */
    public static RunningShop even() {
        return start("even", EVEN, true);
    }

    /** The wrong cache fix only; its own embedded PostgreSQL, started by the shop. */
    public static RunningShop stale() {
        return start("stale", EnumSet.of(Fix.CACHE_NO_INVALIDATION), false);
    }

    private static synchronized RunningShop start(String name, Set<Fix> fixes, boolean sharedServer) {
        return STARTED.computeIfAbsent(name, key -> {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--shop.scale=" + TEST_SCALE,
                    "--shop.pricing.latency=" + TEST_PRICING_LATENCY, "--shop.fix=" + String.join(",",
                            fixes.stream().map(Fix::id).toList()), "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN", "--logging.level.io.perfloop=INFO"));
            if (sharedServer) {
                args.add("--shop.db-url=" + EmbeddedPostgres.shared().createDatabase("shop_" + name));
            }
            return launch(name, args.toArray(String[]::new));
        });
    }

    /** Starts a shop with these arguments, wired with a statement counter and the request-cost filter. */
    public static RunningShop launch(String name, String... args) {
        StatementCounter counter = new StatementCounter();
        RequestCost cost = new RequestCost();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .initializers(ctx -> {
                    ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                            return bean instanceof DataSource dataSource && beanName.equals("dataSource")
                                    ? counter.wrap(dataSource) : bean;
                        }
                    });
                    ((GenericApplicationContext) ctx).registerBean("requestCost", RequestCost.class, () -> cost);
                })
                .run(args);
        return new RunningShop(name, context, counter, cost);
    }
}
