package io.perfloop.samples.shop.data;

import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.config.ShopProperties;
import io.perfloop.samples.shop.lessons.Lesson2MissingIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs once at start-up, after Flyway and before the web server takes requests: seeds an empty
 * database, checks that a seeded one matches {@code --seed}/{@code --scale}, and applies the
 * index switch of problem 2.
 */
@Component
@DependsOn("flywayInitializer")
public class DataPreparation {

    private static final Logger LOG = LoggerFactory.getLogger(DataPreparation.class);

    private final Seeder.Seeded seeded;

    public DataPreparation(DataSource dataSource, ShopDatabase database, ShopProperties properties, Fixes fixes)
            throws SQLException {
        if (database.isEmbedded()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // preloaded by perfloop-testdb; the extension makes the statistics queryable
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
        }
        var existing = Seeder.existing(dataSource);
        if (existing.isEmpty()) {
            long start = System.nanoTime();
            seeded = Seeder.seed(dataSource, properties.scale(), properties.seed());
            LOG.info("seeded {} rows (scale {}, seed {}) in {} ms (COPY {} ms)", seeded.rows(), seeded.scale(), seeded.seed(),
                    (System.nanoTime() - start) / 1_000_000, seeded.millis());
        } else {
            seeded = existing.get();
            if (seeded.seed() != properties.seed() || seeded.scale() != properties.scale()) {
                throw new IllegalStateException("the database at " + database.jdbcUrl() + " was seeded with seed "
                        + seeded.seed() + " and scale " + seeded.scale() + ", not seed " + properties.seed() + " and scale "
                        + properties.scale() + ": use an empty database or the same --seed and --scale");
            }
            LOG.info("database already seeded ({} rows, scale {}, seed {})", seeded.rows(), seeded.scale(), seeded.seed());
        }
        Lesson2MissingIndex.applyIndexSwitch(dataSource, fixes);
        LOG.info("database: {}", database.describe());
        LOG.info("shop fixes on: {}", fixes);
    }

    /** What the database holds. */
    public Seeder.Seeded seeded() {
        return seeded;
    }
}
