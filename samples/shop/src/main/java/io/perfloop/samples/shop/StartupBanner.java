package io.perfloop.samples.shop;

import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.pricing.PricingClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where everything is once the shop listens. */
@Component
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final PricingClient pricing;
    private final Fixes fixes;

    StartupBanner(PricingClient pricing, Fixes fixes) {
        this.pricing = pricing;
        this.fixes = fixes;
    }

    @EventListener
    void ready(WebServerInitializedEvent event) {
        LOG.info("shop ready on http://127.0.0.1:{} (pricing service {}, fixes on: {})", event.getWebServer().getPort(),
                pricing.base(), fixes);
    }
}
