package io.perfloop.samples.shop;

import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.config.ShopProperties;
import io.perfloop.samples.shop.data.DatabaseServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A small but real shop with eight classic performance problems planted, each with its own fix
 * switch ({@code --shop.fix=…}). Start it with {@code java -jar samples/shop/target/shop.jar};
 * samples/shop/README.md lists the endpoints, the problems and how to see each one with perfloop.
 * {@code --serve-database} runs only its embedded database (see {@link DatabaseServer}).
 */
@SpringBootApplication
@EnableConfigurationProperties(ShopProperties.class)
public class ShopApplication {

    public static void main(String[] args) throws java.io.IOException {
        if (java.util.Arrays.asList(args).contains(DatabaseServer.ARGUMENT)) {
            DatabaseServer.serve(System.in, System.out);
            return;
        }
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    Fixes fixes(ShopProperties properties) {
        return Fixes.parse(properties.fix());
    }
}
