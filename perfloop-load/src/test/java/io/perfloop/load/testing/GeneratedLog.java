package io.perfloop.load.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An access log of any size produced on the fly: nothing is stored, so a test can feed hundreds of
 * megabytes through a source while the heap stays tiny. 1,000 requests per log second, paths over 50
 * endpoints with numeric ids.
 */
public final class GeneratedLog extends InputStream {
    private final long lines;
    private long line;
    private byte[] current = new byte[0];
    private int pos;

    public GeneratedLog(long lines) {
        this.lines = lines;
    }

    /** Lines needed for about {@code megabytes} MB. */
    public static long linesFor(long megabytes) {
        return megabytes * 1_000_000 / Logs.combined(Logs.T0, "GET", "/api/e10/123456", 200).length();
    }

    @Override
    public int read() {
        if (pos == current.length && !advance()) {
            return -1;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos == current.length && !advance()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean advance() {
        if (line >= lines) {
            return false;
        }
        String text = Logs.combined(Logs.T0 + (line / 1000) * 1000, "GET", "/api/e" + (line % 50) + "/" + line, 200);
        current = (text + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        line++;
        return true;
    }
}
