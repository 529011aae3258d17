package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.domain.Product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Every field of a product, as the unfixed listing returns it (problem 6).
 */
public record ProductView(long id, String sku, String name, long categoryId, int priceCents, String currency,
                          String brand, String color, String material, int weightGrams, int widthMm, int heightMm,
                          int depthMm, int stock, BigDecimal rating, String description, Instant createdAt,
                          Instant updatedAt) {

    /** The view of an entity; reads the category id without loading the category. */
    public static ProductView of(Product p) {
        return new ProductView(p.getId(), p.getSku(), p.getName(), p.getCategory().getId(), p.getPriceCents(),
                p.getCurrency(), p.getBrand(), p.getColor(), p.getMaterial(), p.getWeightGrams(), p.getWidthMm(),
                p.getHeightMm(), p.getDepthMm(), p.getStock(), p.getRating(), p.getDescription(), p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
