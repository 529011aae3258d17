package io.perfloop.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report as one self-contained HTML file: no CDN, no external file, opens offline.
 * The page template and its script are a resource ({@code report.html}); the data goes in as JSON
 * inside a {@code <script type="application/json">} element, with every character that could end
 * that element or start markup escaped, and the script only ever sets it as text.
 */
public final class HtmlReport {
    private static final String PLACEHOLDER = "/*PERFLOOP_DATA*/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private HtmlReport() {
    }

    /** The page for this model. */
    public static String render(ReportModel model) {
        String json;
        try {
            json = JSON.writeValueAsString(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template().replace(PLACEHOLDER, scriptSafe(json));
    }

    /** Writes the page to {@code file} (atomically: a half-written report never replaces a good one). */
    public static Path write(ReportModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".report", ".tmp");
        try {
            Files.writeString(tmp, render(model), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    /** JSON that cannot close its script element or open a comment: {@code < > &} as unicode escapes. */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("report.html is missing from the perfloop-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
