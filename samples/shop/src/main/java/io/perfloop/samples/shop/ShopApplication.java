package io.perfloop.samples.shop;

import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.config.ShopProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A small but real shop with eight classic performance problems planted, each with its own fix
 * switch ({@code --shop.fix=…}). Start it with {@code java -jar samples/shop/target/shop.jar};
 * samples/shop/README.md lists the endpoints, the problems and how to see each one with perfloop.
 */
@SpringBootApplication
@EnableConfigurationProperties(ShopProperties.class)
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    Fixes fixes(ShopProperties properties) {
        return Fixes.parse(properties.fix());
    }
}
