package io.perfloop.agent.bootstrap.request;

/**
 * Turns a concrete path into the template requests are grouped by: segments that look like
 * identifiers — all digits, a UUID, a long hexadecimal token — become {@code {id}}, so
 * {@code /orders/42/items/9f1c…} and {@code /orders/7/items/0b3e…} both count as
 * {@code /orders/{id}/items/{id}}. Matrix parameters and the query are dropped. Never throws.
 */
public final class PathTemplate {
    /** Longest template kept; longer paths are cut (they are rarely endpoints anyway). */
    static final int MAX_LENGTH = 200;

    private PathTemplate() {
    }

    /** The template of {@code path}; {@code "/"} for null or empty. */
    public static String of(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        if (path.charAt(0) != '/') {
            out.append('/');
        }
        while (i < n) {
            int slash = path.indexOf('/', i);
            int end = slash < 0 ? n : slash;
            String segment = path.substring(i, end);
            int matrix = segment.indexOf(';');
            if (matrix >= 0) {
                segment = segment.substring(0, matrix);
            }
            out.append(isIdentifier(segment) ? "{id}" : segment);
            if (slash >= 0) {
                out.append('/');
            }
            i = end + 1;
            if (out.length() > MAX_LENGTH) {
                return out.substring(0, MAX_LENGTH) + "…";
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    static boolean isIdentifier(String segment) {
        int n = segment.length();
        if (n == 0) {
            return false;
        }
        return allDigits(segment) || isUuid(segment) || (n >= 16 && isHexWithDigit(segment));
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexWithDigit(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) < 0) {
                return false;
            }
            digit |= c <= '9';
        }
        return digit;
    }
}
