package io.perfloop.core.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the requests of an events file back, one line at a time, so a file larger than the
 * heap can be read. Gzip is recognised by its magic bytes, not the name. A last line cut short (the
 * captured JVM was killed mid-write) ends the stream and sets {@link #truncated()}; a damaged line
 * elsewhere is an error naming its line number; an unknown format version fails at open.
 *
 * <pre>{@code
 * try (EventsReader events = EventsReader.open(runDir.resolve("events.jsonl"))) {
 *     events.requests().forEach(r -> System.out.println(r.endpoint() + " " + r.statements().size()));
 *     events.summary().ifPresent(s -> System.out.println(s.measured() + " measured"));
 * }
 * }</pre>
 */
public final class EventsReader implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedReader lines;
    private final EventsHeader header;
    private final List<StateChange> states = new ArrayList<>();
    private EventsSummary summary;
    private long lineNumber = 1;
    private boolean truncated;

    private final CutShort cut;

    private EventsReader(Path file, BufferedReader lines, EventsHeader header, CutShort cut) {
        this.file = file;
        this.lines = lines;
        this.header = header;
        this.cut = cut;
    }

    /** Opens a file and reads its header. */
    public static EventsReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        CutShort cut = new CutShort(gzip ? new GZIPInputStream(in, 1 << 16) : in);
        BufferedReader lines = new BufferedReader(new InputStreamReader(cut, StandardCharsets.UTF_8), 1 << 16);
        try {
            String first = lines.readLine();
            if (first == null) {
                throw new IOException(file + " is empty: not an events file");
            }
            JsonNode h = parse(first, file, 1);
            if (!"header".equals(h.path("type").asText())) {
                throw new IOException(file + " does not start with an events header (line 1: type "
                        + h.path("type") + ")");
            }
            int format = h.path("format").asInt(-1);
            if (format != EventsWriter.FORMAT) {
                throw new IOException(file + " has events format " + format + "; this perfloop reads format "
                        + EventsWriter.FORMAT + (format > EventsWriter.FORMAT ? " (upgrade perfloop)" : ""));
            }
            Map<String, String> options = new LinkedHashMap<>();
            h.path("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
            return new EventsReader(file, lines, new EventsHeader(format, h.path("producer").asText(),
                    h.path("pid").asLong(), h.path("jvm").asText(), h.path("start").asLong(), options), cut);
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** The header line. */
    public EventsHeader header() {
        return header;
    }

    /** The next request, or {@code null} at the end; summaries and state lines on the way are remembered. */
    public RequestEvent next() throws IOException {
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (EOFException cutGzip) {
                truncated = true;
                return null;
            }
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                if (atEnd()) {
                    truncated = true; // the last line, cut short
                    return null;
                }
                throw new IOException(file + " line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
            switch (node.path("type").asText()) {
                case "request": return request(node);
                case "summary": summary = summary(node); break;
                case "state": states.add(new StateChange(node.path("state").asText(), node.path("at").asLong())); break;
                default: break; // a newer writer's extra line type: skip
            }
        }
    }

    private boolean atEnd() throws IOException {
        try {
            return lines.readLine() == null;
        } catch (EOFException cutGzip) {
            return true;
        }
    }

    /** The remaining requests, lazily; I/O errors surface as {@link UncheckedIOException}. */
    public Stream<RequestEvent> requests() {
        Iterator<RequestEvent> it = new Iterator<>() {
            private RequestEvent next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = EventsReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public RequestEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RequestEvent r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The last summary read so far (read all requests first to get the final one). */
    public Optional<EventsSummary> summary() {
        return Optional.ofNullable(summary);
    }

    /** State switches read so far, in order. */
    public List<StateChange> states() {
        return List.copyOf(states);
    }

    /** Whether the file ended in the middle of a line or of its compressed stream (the writer did not close it). */
    public boolean truncated() {
        return truncated || cut.cut;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /**
     * Turns the end of a gzip stream that was flushed but never finished (the agent's JVM was killed)
     * into a plain end of input, so every complete line before it is still read.
     */
    private static final class CutShort extends FilterInputStream {
        boolean cut;

        CutShort(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                cut = true;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                cut = true;
                return -1;
            }
        }
    }

    /** A switch of capture state, e.g. to {@code keeping} when warm-up ended. */
    public record StateChange(String state, long atEpochNanos) {
    }

    private static JsonNode parse(String line, Path file, long number) throws IOException {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " line " + number + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static RequestEvent request(JsonNode n) {
        long id = n.path("id").asLong();
        List<StatementEvent> statements = new ArrayList<>();
        for (JsonNode s : n.path("statements")) {
            statements.add(statement(s, id));
        }
        List<HttpCallEvent> calls = new ArrayList<>();
        for (JsonNode c : n.path("httpCalls")) {
            calls.add(new HttpCallEvent(c.path("seq").asLong(), text(c, "client"), text(c, "method"), text(c, "url"),
                    text(c, "host"), c.path("status").asInt(), c.path("start").asLong(), c.path("duration").asLong(),
                    c.path("requestBytes").asLong(-1), c.path("responseBytes").asLong(-1), c.path("async").asBoolean(),
                    callSite(c.path("callSite")), text(c, "thread"), text(c, "error")));
        }
        return new RequestEvent(id, text(n, "endpoint"), text(n, "method"), text(n, "path"), n.path("status").asInt(),
                n.path("start").asLong(), n.path("wall").asLong(), n.path("cpu").asLong(-1), n.path("alloc").asLong(-1),
                n.path("responseBytes").asLong(-1), text(n, "server"), text(n, "thread"), statements, calls,
                n.path("droppedStatements").asLong(), n.path("droppedHttpCalls").asLong(), text(n, "error"),
                n.path("firstByte").asLong(-1));
    }

    private static StatementEvent statement(JsonNode s, long unitId) {
        List<String> parameters = null;
        if (s.has("parameters")) {
            parameters = new ArrayList<>();
            for (JsonNode p : s.path("parameters")) {
                parameters.add(p.isNull() ? null : p.asText());
            }
        }
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        for (JsonNode f : s.path("frameworks")) {
            frameworks.add(Framework.valueOf(f.asText()));
        }
        return new StatementEvent(unitId, s.path("seq").asLong(), text(s, "sql"), text(s, "fingerprint"),
                StatementKind.valueOf(s.path("kind").asText("OTHER")), parameters, s.path("parametersHash").asLong(),
                s.path("start").asLong(), s.path("duration").asLong(), s.path("rows").asLong(-1),
                s.path("batchSize").asInt(1), s.path("keys").asInt(1), callSite(s.path("callSite")),
                Set.copyOf(frameworks), text(s, "thread"), text(s, "error"));
    }

    private static CallSite callSite(JsonNode c) {
        if (c.isMissingNode()) {
            return CallSite.UNKNOWN;
        }
        return new CallSite(text(c, "class"), text(c, "method"), text(c, "file"), c.path("line").asInt(-1));
    }

    private static EventsSummary summary(JsonNode n) {
        List<EndpointCounts> endpoints = new ArrayList<>();
        for (JsonNode e : n.path("endpoints")) {
            long[] v = new long[EndpointCounts.FIELDS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = e.path(EndpointCounts.FIELDS[i]).asLong();
            }
            endpoints.add(new EndpointCounts(text(e, "endpoint"), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                    v[9], v[10], v[11]));
        }
        List<String> probes = new ArrayList<>();
        n.path("disabledProbes").forEach(p -> probes.add(p.asText()));
        return new EventsSummary(n.path("at").asLong(), text(n, "state"), endpoints,
                n.path("statementsOutsideRequests").asLong(), n.path("httpCallsOutsideRequests").asLong(), probes,
                text(n, "stoppedReason"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
