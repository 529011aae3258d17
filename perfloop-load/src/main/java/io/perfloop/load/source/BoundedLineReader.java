package io.perfloop.load.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a hard limit on line length, so a file without newlines (or a binary file given by
 * mistake) cannot make the reader buffer gigabytes. {@link java.io.BufferedReader#readLine()} has no
 * such limit.
 */
final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private long lineNumber;
    private boolean truncated;

    BoundedLineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The next line without its terminator, its first {@code maxLineChars} only when longer; null at the end. */
    String readLine() throws IOException {
        line.setLength(0);
        truncated = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    return finish();
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < end) {
                pos++; // the newline
                return finish();
            }
        }
    }

    /** 1-based number of the line last returned. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was cut at the limit. */
    boolean truncated() {
        return truncated;
    }

    private void append(int from, int to) {
        int room = maxLineChars - line.length();
        int n = to - from;
        if (n > room) {
            truncated = true;
            n = Math.max(room, 0);
        }
        line.append(buffer, from, n);
    }

    private String finish() {
        lineNumber++;
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
            line.setLength(len - 1);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
