package io.perfloop.samples.shop.data;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows into one table through PostgreSQL's {@code COPY … FROM STDIN} (text format), buffered in
 * 1 MiB chunks. COPY is why seeding hundreds of thousands of rows takes seconds: one round trip
 * per chunk instead of one per row, no per-statement parse/plan.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 8192);
    private boolean firstField = true;
    private long rows;

    CopyStream(CopyManager manager, String table, String columns) throws SQLException {
        this.copy = manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)");
    }

    CopyStream add(long value) {
        separator().append(value);
        return this;
    }

    CopyStream add(Long valueOrNull) {
        if (valueOrNull == null) {
            separator().append("\\N");
            return this;
        }
        return add(valueOrNull.longValue());
    }

    CopyStream add(Instant value) {
        separator().append(value);
        return this;
    }

    CopyStream add(String value) {
        StringBuilder out = separator();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private StringBuilder separator() {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
        return buffer;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }
}
