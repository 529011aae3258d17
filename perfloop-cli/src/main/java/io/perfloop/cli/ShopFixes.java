package io.perfloop.cli;

import io.perfloop.core.finding.Finding;

import java.util.Map;
import java.util.Optional;

/**
 * Which of the sample shop's fix switches answers which finding: the tour applies the fix a finding
 * asks for, the way a developer would change that one thing. Keyed by rule and endpoint, because
 * the same rule (large payload) has different fixes on different endpoints.
 */
final class ShopFixes {
    private static final Map<String, String> BY_RULE_AND_ENDPOINT = Map.of(
            "n-plus-one GET /api/orders", "n-plus-one",
            "sequential-calls GET /api/carts/{id}/quote", "concurrent-pricing",
            "cacheable-call GET /api/categories/tree", "cache",
            "large-payload GET /api/products", "fields",
            "large-payload GET /api/reports/orders", "streaming",
            "allocation-hotspot GET /api/reports/orders", "streaming",
            "missing-index GET /api/users/{id}/orders", "index",
            "partial-index-unused GET /api/orders/processing", "partial-index",
            "hot-method GET /api/orders/{id}/invoice", "invoice");

    private ShopFixes() {
    }

    /** The switch that fixes this finding, if the shop has one. */
    static Optional<String> switchFor(Finding finding) {
        return Optional.ofNullable(BY_RULE_AND_ENDPOINT.get(finding.ruleId() + " " + finding.scope()));
    }
}
