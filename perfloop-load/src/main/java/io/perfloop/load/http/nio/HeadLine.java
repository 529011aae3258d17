package io.perfloop.load.http.nio;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.perfloop.load.http.HttpProtocolException;

/**
 * One line of a response head (status line, header, chunk size, trailer), gathered across reads, with the
 * few questions the parser asks of it answered on the bytes. Lines end at LF, a CR before it is dropped
 * (bare LF is accepted as many servers' proxies emit it). A head section may not exceed its byte budget.
 */
final class HeadLine {
    private final int budget;
    private byte[] bytes = new byte[256];
    private int length;
    private int used;
    private boolean complete;

    HeadLine(int budget) {
        this.budget = budget;
    }

    /** Starts a new line. */
    void clear() {
        length = 0;
        complete = false;
    }

    /** Starts a new head section with a full byte budget. */
    void resetBudget() {
        used = 0;
    }

    /** Takes bytes up to and including the next LF; returns how many it took. */
    int append(byte[] src, int from, int end) throws HttpProtocolException {
        int lf = from;
        while (lf < end && src[lf] != '\n') {
            lf++;
        }
        int n = lf - from;
        if (used + n > budget) {
            throw new HttpProtocolException("response head longer than " + budget + " bytes");
        }
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(src, from, bytes, length, n);
        length += n;
        int taken = n;
        if (lf < end) {
            taken++;
            complete = true;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
        }
        used += taken;
        return taken;
    }

    boolean complete() {
        return complete;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Parses {@code HTTP/1.x SSS [reason]}: returns {minor version, status}. */
    int[] statusLine() throws HttpProtocolException {
        if (length < 12 || !startsWith("HTTP/1.") || bytes[8] != ' ' || (length > 12 && bytes[12] != ' ')) {
            throw new HttpProtocolException("not an HTTP/1.x status line: '" + text(80) + "'");
        }
        int minor = bytes[7] - '0';
        int status = 0;
        for (int i = 9; i < 12; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                throw new HttpProtocolException("bad status code in '" + text(80) + "'");
            }
            status = status * 10 + d;
        }
        if (minor < 0 || minor > 9 || status < 100) {
            throw new HttpProtocolException("bad status line: '" + text(80) + "'");
        }
        return new int[] {minor, status};
    }

    /** Whether the header name (before ':') equals {@code lowerName}, ignoring case. */
    boolean nameIs(String lowerName) {
        int n = lowerName.length();
        if (length <= n || bytes[n] != ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (lower(bytes[i]) != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A Content-Length value: digits, or a list of equal digit strings ({@code 5, 5}). */
    long contentLength() throws HttpProtocolException {
        long value = -1;
        long current = -1;
        for (int i = valueStart(); i <= length; i++) {
            byte b = i == length ? (byte) ',' : bytes[i];
            if (b >= '0' && b <= '9') {
                current = (current < 0 ? 0 : current) * 10 + (b - '0');
                if (current > 1L << 53) {
                    throw new HttpProtocolException("Content-Length too large: '" + text(80) + "'");
                }
            } else if (b == ',') {
                if (current < 0 || (value >= 0 && value != current)) {
                    throw new HttpProtocolException("bad Content-Length: '" + text(80) + "'");
                }
                value = current;
                current = -1;
            } else if (b != ' ' && b != '\t') {
                throw new HttpProtocolException("bad Content-Length: '" + text(80) + "'");
            }
        }
        return value;
    }

    /** Whether the last comma-separated token of the value is {@code lowerToken} (ignoring case). */
    boolean lastTokenIs(String lowerToken) {
        int end = length;
        while (end > 0 && isSpace(bytes[end - 1])) {
            end--;
        }
        int start = end;
        while (start > 0 && bytes[start - 1] != ',' && bytes[start - 1] != ':') {
            start--;
        }
        while (start < end && isSpace(bytes[start])) {
            start++;
        }
        return tokenEquals(start, end, lowerToken);
    }

    /** Whether any comma-separated token of the value is {@code lowerToken} (ignoring case). */
    boolean hasToken(String lowerToken) {
        int i = valueStart();
        while (i < length) {
            while (i < length && (isSpace(bytes[i]) || bytes[i] == ',')) {
                i++;
            }
            int start = i;
            while (i < length && bytes[i] != ',') {
                i++;
            }
            int end = i;
            while (end > start && isSpace(bytes[end - 1])) {
                end--;
            }
            if (tokenEquals(start, end, lowerToken)) {
                return true;
            }
        }
        return false;
    }

    /** A chunk-size line: hex digits, then optional whitespace and {@code ;extensions}. */
    long hexPrefix() throws HttpProtocolException {
        long size = 0;
        int i = 0;
        for (; i < length; i++) {
            int d = Character.digit(bytes[i], 16);
            if (d < 0) {
                break;
            }
            if (i >= 15) {
                throw new HttpProtocolException("chunk size too large: '" + text(40) + "'");
            }
            size = size * 16 + d;
        }
        if (i == 0 || (i < length && bytes[i] != ';' && !isSpace(bytes[i]))) {
            throw new HttpProtocolException("bad chunk size line: '" + text(40) + "'");
        }
        return size;
    }

    private int valueStart() {
        int colon = 0;
        while (colon < length && bytes[colon] != ':') {
            colon++;
        }
        return colon + 1;
    }

    private boolean tokenEquals(int start, int end, String lowerToken) {
        if (end - start != lowerToken.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lower(bytes[i]) != lowerToken.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    private static char lower(byte b) {
        return (char) (b >= 'A' && b <= 'Z' ? b + 32 : b & 0xff);
    }

    private String text(int max) {
        return new String(bytes, 0, Math.min(length, max), StandardCharsets.ISO_8859_1);
    }
}
