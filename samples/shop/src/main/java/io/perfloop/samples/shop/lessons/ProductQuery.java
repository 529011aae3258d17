package io.perfloop.samples.shop.lessons;

/**
 * What a client asked of {@code GET /api/products} (problem 6).
 *
 * @param categoryId the category whose subtree to list
 * @param fields     the raw {@code ?fields=} value, or null for all fields
 * @param page       zero-based page, or null for no paging
 * @param size       page size, or null (50 when {@code page} is given)
 */
public record ProductQuery(long categoryId, String fields, Integer page, Integer size) {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 500;

    public ProductQuery {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", was " + size);
        }
        ProductField.parse(fields);
    }

    /** Whether the client asked for a page. */
    public boolean paged() {
        return page != null || size != null;
    }

    /** Rows to skip. */
    public long offset() {
        return (long) (page == null ? 0 : page) * limit();
    }

    /** Rows per page. */
    public int limit() {
        return size == null ? 50 : size;
    }
}
