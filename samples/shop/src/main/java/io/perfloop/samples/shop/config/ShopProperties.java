package io.perfloop.samples.shop.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Everything the shop can be told, under the prefix {@code shop} (short aliases such as
 * {@code --fix=}, {@code --db-url=}, {@code --scale=} are mapped in application.properties).
 *
 * @param fix     fix switches, see {@link Fix}
 * @param dbUrl   JDBC URL of a real PostgreSQL server; empty starts an embedded PostgreSQL 17
 * @param scale   data size factor (1 = 20 000 users, 200 000 orders, ...); see the seeder
 * @param seed    seed of the deterministic data generator
 * @param pricing the downstream pricing service
 * @param cache   the category-tree cache (problem 5)
 */
@ConfigurationProperties("shop")
public record ShopProperties(
        @DefaultValue List<String> fix,
        @DefaultValue("") String dbUrl,
        @DefaultValue("1") double scale,
        @DefaultValue("42") long seed,
        @DefaultValue Pricing pricing,
        @DefaultValue Cache cache) {

    public ShopProperties {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("shop.scale must be > 0 and <= 100, was " + scale);
        }
    }

    /**
     * The pricing service.
     *
     * @param url         base URL of an external pricing service; empty starts the bundled one in this JVM
     * @param port        port of the bundled pricing service (0 = any free port)
     * @param latency     how long the bundled service takes to answer each call
     * @param concurrency at most this many calls in flight per quote when concurrent-pricing is on
     */
    public record Pricing(
            @DefaultValue("") String url,
            @DefaultValue("0") int port,
            @DefaultValue("200ms") Duration latency,
            @DefaultValue("8") int concurrency) {

        public Pricing {
            if (concurrency < 1) {
                throw new IllegalArgumentException("shop.pricing.concurrency must be >= 1, was " + concurrency);
            }
            if (latency.isNegative()) {
                throw new IllegalArgumentException("shop.pricing.latency must not be negative, was " + latency);
            }
        }
    }

    /**
     * The category-tree cache.
     *
     * @param ttl how long a cached tree is served
     */
    public record Cache(@DefaultValue("60s") Duration ttl) {
    }
}
