package io.perfloop.jdbc.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first table a fingerprinted SELECT reads, for naming it in a fix recipe. */
final class TableName {
    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+([\\w.\"`]+)", Pattern.CASE_INSENSITIVE);

    private TableName() {
    }

    static String of(String fingerprint) {
        Matcher m = FROM.matcher(fingerprint);
        return m.find() ? m.group(1) : "the table";
    }
}
