package io.perfloop.samples.shop.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.perfloop.samples.shop.config.ShopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data source: the embedded PostgreSQL by default, the {@code --db-url} server when given. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    ShopDatabase shopDatabase(ShopProperties properties) {
        return properties.dbUrl().isBlank() ? ShopDatabase.embedded() : ShopDatabase.external(properties.dbUrl().trim());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ShopDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setPoolName("shop");
        // Tomcat serves up to 200 requests at once; a pool of 20 is a common production setting
        // and keeps the embedded server's default max_connections (100) safe with several shops.
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
