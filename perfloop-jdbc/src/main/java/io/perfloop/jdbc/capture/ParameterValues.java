package io.perfloop.jdbc.capture;

import java.io.InputStream;
import java.io.Reader;
import java.sql.Blob;
import java.sql.Clob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Bind values set on a prepared statement. Always yields a hash of the values, so that "same
 * parameters" and "distinct parameters" can be decided without keeping them; renders the values
 * only when the user opted in. Streams and LOBs are never read (that would consume them).
 */
final class ParameterValues {
    private Object[] values = new Object[8];
    private int count;

    void set(int index, Object value) {
        if (index < 1 || index > 65_536) {
            return; // the driver will reject it; nothing to remember
        }
        if (index > values.length) {
            values = Arrays.copyOf(values, Math.max(index, values.length * 2));
        }
        values[index - 1] = value;
        count = Math.max(count, index);
    }

    void clear() {
        Arrays.fill(values, 0, count, null);
        count = 0;
    }

    /**
     * The length of the widest array bound (Hibernate batch-fetches with {@code = any(?)} and one
     * array on PostgreSQL); 1 when there is none. Client-built arrays answer without a round trip.
     */
    int widestArray() {
        int widest = 1;
        for (int i = 0; i < count; i++) {
            Object v = values[i];
            if (v instanceof Object[] array) {
                widest = Math.max(widest, array.length);
            } else if (v instanceof java.sql.Array array) {
                try {
                    Object elements = array.getArray();
                    if (elements != null && elements.getClass().isArray()) {
                        widest = Math.max(widest, java.lang.reflect.Array.getLength(elements));
                    }
                } catch (java.sql.SQLException | RuntimeException e) {
                    // an array we cannot read counts as one key
                }
            }
        }
        return widest;
    }

    /** A 64-bit hash of the current values (order-sensitive). */
    long hash() {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < count; i++) {
            h = (h ^ valueHash(values[i])) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h;
    }

    private static long valueHash(Object v) {
        if (v == null) {
            return 0x51ED27L;
        }
        if (v instanceof byte[] bytes) {
            return Arrays.hashCode(bytes);
        }
        if (v instanceof InputStream || v instanceof Reader || v instanceof Blob || v instanceof Clob) {
            return System.identityHashCode(v); // unreadable without consuming: each is distinct
        }
        if (v instanceof Object[] array) {
            return Arrays.deepHashCode(array);
        }
        return v.hashCode() * 0x9E3779B1L + v.getClass().getName().length();
    }

    /** The values rendered for display, each cut at {@code maxLength}. */
    List<String> render(int maxLength) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(render(values[i], maxLength));
        }
        return Collections.unmodifiableList(out);
    }

    private static String render(Object v, int maxLength) {
        String text;
        if (v == null) {
            text = "NULL";
        } else if (v instanceof byte[] bytes) {
            text = "<" + bytes.length + " bytes>";
        } else if (v instanceof InputStream || v instanceof Reader || v instanceof Blob || v instanceof Clob) {
            text = "<" + v.getClass().getSimpleName() + ">";
        } else if (v instanceof Object[] array) {
            text = Arrays.deepToString(array);
        } else {
            try {
                text = String.valueOf(v);
            } catch (RuntimeException e) {
                text = "<" + v.getClass().getSimpleName() + ">";
            }
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }
}
