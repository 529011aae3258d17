package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexer's outputs, frozen: {@code corpus.tsv} holds 300 generated statements (token soup,
 * lexer-character soup, random Latin-1 and UTF-16 with lone surrogates, mangled generated
 * statements, the benchmark's statements) with their fingerprints under each dialect, as the
 * lexer computed them before its hot loop was restructured for speed. A change of any output is a
 * change of behaviour: fingerprints are keys in stored runs, so an intended change regenerates the
 * corpus in the same commit and says why.
 */
class CorpusTest {

    @Test
    void everyCorpusStatementKeepsItsFingerprintUnderEveryDialect() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines()) {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(1 + SqlDialect.values().length);
            String sql = unescape(columns[0]);
            for (SqlDialect dialect : SqlDialect.values()) {
                String expected = unescape(columns[1 + dialect.ordinal()]);
                String actual = SqlFingerprint.compute(sql, dialect, Integer.MAX_VALUE);
                checked++;
                if (!expected.equals(actual)) {
                    mismatches.add(dialect + ": " + columns[0] + "\n  expected " + columns[1 + dialect.ordinal()]
                        + "\n  actual   " + actual);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(900);
        assertThat(mismatches).isEmpty();
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CorpusTest.class.getResourceAsStream("corpus.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // the header is the leading # lines; a statement may start with # too
                header = header && line.startsWith("#");
                if (!header) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** Undoes the corpus escapes: {@code \\ \t \n \r \}{@code uXXXX}. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
