package io.perfloop.samples.shop.lessons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a product as the API names them, the column each comes from, and how to read it
 * both from the full view and from a JDBC row (problem 6). Declared in the order of
 * {@link ProductView}'s components, which is the order of the JSON properties.
 */
public enum ProductField {
    ID("id", "p.id", ProductView::id, rs -> rs.getLong("id")),
    SKU("sku", "p.sku", ProductView::sku, rs -> rs.getString("sku")),
    NAME("name", "p.name", ProductView::name, rs -> rs.getString("name")),
    CATEGORY_ID("categoryId", "p.category_id", ProductView::categoryId, rs -> rs.getLong("category_id")),
    PRICE_CENTS("priceCents", "p.price_cents", ProductView::priceCents, rs -> rs.getInt("price_cents")),
    CURRENCY("currency", "p.currency", ProductView::currency, rs -> rs.getString("currency")),
    BRAND("brand", "p.brand", ProductView::brand, rs -> rs.getString("brand")),
    COLOR("color", "p.color", ProductView::color, rs -> rs.getString("color")),
    MATERIAL("material", "p.material", ProductView::material, rs -> rs.getString("material")),
    WEIGHT_GRAMS("weightGrams", "p.weight_grams", ProductView::weightGrams, rs -> rs.getInt("weight_grams")),
    WIDTH_MM("widthMm", "p.width_mm", ProductView::widthMm, rs -> rs.getInt("width_mm")),
    HEIGHT_MM("heightMm", "p.height_mm", ProductView::heightMm, rs -> rs.getInt("height_mm")),
    DEPTH_MM("depthMm", "p.depth_mm", ProductView::depthMm, rs -> rs.getInt("depth_mm")),
    STOCK("stock", "p.stock", ProductView::stock, rs -> rs.getInt("stock")),
    RATING("rating", "p.rating", ProductView::rating, rs -> rs.getBigDecimal("rating")),
    DESCRIPTION("description", "p.description", ProductView::description, rs -> rs.getString("description")),
    CREATED_AT("createdAt", "p.created_at", ProductView::createdAt,
            rs -> rs.getObject("created_at", OffsetDateTime.class).toInstant()),
    UPDATED_AT("updatedAt", "p.updated_at", ProductView::updatedAt,
            rs -> rs.getObject("updated_at", OffsetDateTime.class).toInstant());

    /** Reads one column of a row. */
    @FunctionalInterface
    public interface ColumnReader {
        Object read(ResultSet rs) throws SQLException;
    }

    private final String json;
    private final String column;
    private final Function<ProductView, Object> fromView;
    private final ColumnReader fromRow;

    ProductField(String json, String column, Function<ProductView, Object> fromView, ColumnReader fromRow) {
        this.json = json;
        this.column = column;
        this.fromView = fromView;
        this.fromRow = fromRow;
    }

    /** The JSON property name, as used in {@code ?fields=}. */
    public String json() {
        return json;
    }

    /** The qualified column, e.g. {@code p.price_cents}. */
    public String column() {
        return column;
    }

    /** This field of a full view. */
    public Object of(ProductView view) {
        return fromView.apply(view);
    }

    /** This field of a JDBC row that selected {@link #column()}. */
    public Object of(ResultSet rs) throws SQLException {
        return fromRow.read(rs);
    }

    /**
     * Parses {@code ?fields=a,b}: all fields when null or blank, else the named ones in declaration order.
     *
     * @throws IllegalArgumentException naming the unknown field and listing the known ones
     */
    public static List<ProductField> parse(String fields) {
        if (fields == null || fields.isBlank()) {
            return List.of(values());
        }
        Set<ProductField> chosen = EnumSet.noneOf(ProductField.class);
        for (String name : fields.split(",")) {
            String wanted = name.trim();
            chosen.add(Arrays.stream(values()).filter(f -> f.json.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown field '" + wanted + "'; known: "
                            + Arrays.stream(values()).map(ProductField::json).collect(Collectors.joining(",")))));
        }
        return new ArrayList<>(chosen);
    }
}
