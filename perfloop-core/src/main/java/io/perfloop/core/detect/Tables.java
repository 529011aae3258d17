package io.perfloop.core.detect;

import io.perfloop.core.event.StatementKind;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Table names read or written by a fingerprinted statement, found by keyword, for naming them in findings. */
public final class Tables {
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([\\w.\"`]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([\\w.\"`]+)", Pattern.CASE_INSENSITIVE);

    private Tables() {
    }

    /** Tables after FROM and JOIN, lower case, without schema or quotes, in order. */
    public static Set<String> read(String fingerprint) {
        return find(READ, fingerprint);
    }

    static Set<String> written(String fingerprint, StatementKind kind) {
        if (kind == StatementKind.SELECT || kind == StatementKind.OTHER || kind == StatementKind.DDL) {
            return Set.of();
        }
        return find(WRITE, fingerprint);
    }

    private static Set<String> find(Pattern pattern, String sql) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = pattern.matcher(sql);
        while (m.find()) {
            String name = m.group(1).replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            out.add(dot >= 0 ? name.substring(dot + 1) : name);
        }
        return out;
    }
}
