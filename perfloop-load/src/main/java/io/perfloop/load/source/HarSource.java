package io.perfloop.load.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests from a HAR file (browser dev tools, proxies), read entry by entry with Jackson's streaming parser:
 * only one entry is in memory at a time. Entries without a usable request are reported and skipped.
 */
public final class HarSource implements RequestSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final InputOpener input;
    private final String name;
    private final HeaderPolicy headers;

    public HarSource(InputOpener input, String name, HeaderPolicy headers) {
        this.input = input;
        this.name = name;
        this.headers = headers;
    }

    @Override
    public SourceIterator open(SourceProblems problems) throws IOException {
        InputStream in = input.open();
        JsonParser parser = new JsonFactory(MAPPER).createParser(in);
        try {
            seekEntries(parser);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw new IllegalArgumentException(name + ": not a HAR file: " + e.getMessage(), e);
        }
        return new Entries(parser, problems);
    }

    /** Moves the parser to the start of {@code log.entries}. */
    private void seekEntries(JsonParser p) throws IOException {
        expect(p.nextToken() == JsonToken.START_OBJECT, "expected a JSON object");
        if (!seekField(p, "log") || p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("no \"log\" object");
        }
        if (!seekField(p, "entries") || p.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("no \"log.entries\" array");
        }
    }

    private static boolean seekField(JsonParser p, String field) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            if (p.currentName().equals(field)) {
                return true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    private static void expect(boolean condition, String message) throws IOException {
        if (!condition) {
            throw new IOException(message);
        }
    }

    @Override
    public String kind() {
        return "har";
    }

    @Override
    public String describe() {
        return name;
    }

    private final class Entries extends ReadAheadIterator {
        private final JsonParser parser;
        private final SourceProblems problems;
        private long index;

        Entries(JsonParser parser, SourceProblems problems) {
            super(parser);
            this.parser = parser;
            this.problems = problems;
        }

        @Override
        RequestSpec readNext() throws IOException {
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_OBJECT) {
                endOfSource();
                return null;
            }
            long line = parser.currentLocation().getLineNr();
            JsonNode entry = parser.readValueAsTree();
            index++;
            try {
                return toRequest(entry, line);
            } catch (IllegalArgumentException e) {
                problems.malformed(name, line, "entry " + index + ": " + e.getMessage(), entry.toString());
                return null;
            }
        }

        @Override
        String readFailure(IOException e) {
            return name + ": malformed HAR at line " + parser.currentLocation().getLineNr() + ": " + e.getMessage();
        }

        private RequestSpec toRequest(JsonNode entry, long line) {
            JsonNode request = entry.path("request");
            String method = request.path("method").asText("").toUpperCase(Locale.ROOT);
            String url = request.path("url").asText("");
            if (method.isEmpty() || url.isEmpty()) {
                throw new IllegalArgumentException("no request method or url");
            }
            long time = RequestSpec.NO_TIMESTAMP;
            String started = entry.path("startedDateTime").asText("");
            if (!started.isEmpty()) {
                try {
                    time = OffsetDateTime.parse(started).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("bad startedDateTime '" + started + "'");
                }
            }
            List<RequestSpec.Header> list = new ArrayList<>();
            for (JsonNode h : request.path("headers")) {
                list.add(new RequestSpec.Header(h.path("name").asText(), h.path("value").asText()));
            }
            return new RequestSpec(method, url, headers.filter(list), body(request.path("postData")), time, false, line);
        }

        private byte[] body(JsonNode postData) {
            if (!postData.hasNonNull("text")) {
                return null;
            }
            String text = postData.get("text").asText();
            return "base64".equals(postData.path("encoding").asText()) ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
