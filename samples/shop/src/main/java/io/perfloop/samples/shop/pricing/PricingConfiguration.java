package io.perfloop.samples.shop.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.samples.shop.config.ShopProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.URI;

/** Starts the bundled pricing service unless {@code shop.pricing.url} names an external one. */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${shop.pricing.url:}'.isBlank()")
    PricingServer pricingServer(ShopProperties properties) throws IOException {
        return PricingServer.start(properties.pricing().port(), properties.pricing().latency());
    }

    @Bean
    PricingClient pricingClient(ShopProperties properties, ObjectProvider<PricingServer> server, ObjectMapper json) {
        String url = properties.pricing().url();
        URI base = url.isBlank() ? server.getObject().baseUri() : URI.create(url.trim());
        return new PricingClient(base, json);
    }
}
