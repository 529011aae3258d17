package io.perfloop.core.events;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an events file (format in {@link io.perfloop.core.events}): one JSON object per line,
 * null fields left out. Gzipped when the file name ends in {@code .gz}, with sync flushes so a
 * flushed prefix is readable even if the process dies later. Only Jackson's streaming core is
 * used, so the agent can carry it cheaply. Not thread-safe: one writer thread owns it.
 */
public final class EventsWriter implements Closeable {
    /** The format version this writer produces. */
    public static final int FORMAT = 1;

    private static final JsonFactory JSON = new JsonFactory();

    private final FileChannel channel;
    private final OutputStream out;
    private final JsonGenerator json;

    private EventsWriter(FileChannel channel, OutputStream out) throws IOException {
        this.channel = channel;
        this.out = out;
        this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.configure(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM, false);
        json.setRootValueSeparator(null);
    }

    /** Creates (or truncates) {@code file} and writes the header line. */
    public static EventsWriter create(Path file, EventsHeader header) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        OutputStream raw = Channels.newOutputStream(channel);
        OutputStream out = file.getFileName().toString().endsWith(".gz")
                ? new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16, true), 1 << 16)
                : new BufferedOutputStream(raw, 1 << 16);
        EventsWriter writer = new EventsWriter(channel, out);
        writer.header(header);
        return writer;
    }

    private void header(EventsHeader h) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "header");
        json.writeNumberField("format", h.format());
        json.writeStringField("producer", h.producer());
        json.writeNumberField("pid", h.pid());
        json.writeStringField("jvm", h.jvm());
        json.writeNumberField("start", h.startEpochMillis());
        json.writeObjectFieldStart("options");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(h.options()).entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        end();
    }

    /** Writes one request with its statements and calls. */
    public void write(RequestEvent r) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "request");
        json.writeNumberField("id", r.id());
        json.writeStringField("endpoint", r.endpoint());
        json.writeStringField("method", r.method());
        json.writeStringField("path", r.path());
        json.writeNumberField("status", r.status());
        json.writeNumberField("start", r.startEpochNanos());
        json.writeNumberField("wall", r.wallNanos());
        json.writeNumberField("cpu", r.cpuNanos());
        json.writeNumberField("alloc", r.allocatedBytes());
        json.writeNumberField("responseBytes", r.responseBytes());
        if (r.firstByteNanos() >= 0) {
            json.writeNumberField("firstByte", r.firstByteNanos());
        }
        json.writeStringField("server", r.server());
        json.writeStringField("thread", r.thread());
        optional("error", r.error());
        if (r.droppedStatements() > 0) {
            json.writeNumberField("droppedStatements", r.droppedStatements());
        }
        if (r.droppedHttpCalls() > 0) {
            json.writeNumberField("droppedHttpCalls", r.droppedHttpCalls());
        }
        json.writeArrayFieldStart("statements");
        for (StatementEvent s : r.statements()) {
            statement(s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("httpCalls");
        for (HttpCallEvent c : r.httpCalls()) {
            httpCall(c);
        }
        json.writeEndArray();
        end();
    }

    private void statement(StatementEvent s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", s.sequence());
        json.writeStringField("sql", s.sql());
        json.writeStringField("fingerprint", s.fingerprint());
        json.writeStringField("kind", s.kind().name());
        if (s.parameters() != null) {
            json.writeArrayFieldStart("parameters");
            for (String p : s.parameters()) {
                json.writeString(p);
            }
            json.writeEndArray();
        }
        json.writeNumberField("parametersHash", s.parametersHash());
        json.writeNumberField("start", s.startEpochNanos());
        json.writeNumberField("duration", s.durationNanos());
        json.writeNumberField("rows", s.rows());
        json.writeNumberField("batchSize", s.batchSize());
        json.writeNumberField("keys", s.keys());
        callSite(s.callSite());
        if (!s.frameworks().isEmpty()) {
            json.writeArrayFieldStart("frameworks");
            for (Framework f : s.frameworks()) {
                json.writeString(f.name());
            }
            json.writeEndArray();
        }
        json.writeStringField("thread", s.thread());
        optional("error", s.error());
        json.writeEndObject();
    }

    private void httpCall(HttpCallEvent c) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", c.sequence());
        json.writeStringField("client", c.client());
        json.writeStringField("method", c.method());
        json.writeStringField("url", c.urlTemplate());
        json.writeStringField("host", c.host());
        json.writeNumberField("status", c.status());
        json.writeNumberField("start", c.startEpochNanos());
        json.writeNumberField("duration", c.durationNanos());
        json.writeNumberField("requestBytes", c.requestBytes());
        json.writeNumberField("responseBytes", c.responseBytes());
        json.writeBooleanField("async", c.async());
        callSite(c.callSite());
        json.writeStringField("thread", c.thread());
        optional("error", c.error());
        json.writeEndObject();
    }

    private void callSite(CallSite site) throws IOException {
        json.writeObjectFieldStart("callSite");
        json.writeStringField("class", site.className());
        json.writeStringField("method", site.methodName());
        optional("file", site.fileName());
        json.writeNumberField("line", site.line());
        json.writeEndObject();
    }

    /** Marks a switch of capture state (e.g. from warm-up to keeping) at a wall-clock instant. */
    public void writeState(String state, long epochNanos) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "state");
        json.writeStringField("state", state);
        json.writeNumberField("at", epochNanos);
        end();
    }

    /** Writes cumulative counts. */
    public void writeSummary(EventsSummary s) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "summary");
        json.writeNumberField("at", s.atEpochMillis());
        json.writeStringField("state", s.state());
        json.writeNumberField("statementsOutsideRequests", s.statementsOutsideRequests());
        json.writeNumberField("httpCallsOutsideRequests", s.httpCallsOutsideRequests());
        json.writeArrayFieldStart("disabledProbes");
        for (String p : s.disabledProbes()) {
            json.writeString(p);
        }
        json.writeEndArray();
        optional("stoppedReason", s.stoppedReason());
        json.writeArrayFieldStart("endpoints");
        for (EndpointCounts e : s.endpoints()) {
            json.writeStartObject();
            json.writeStringField("endpoint", e.endpoint());
            long[] values = {e.warmup(), e.measured(), e.written(), e.sampledOut(), e.dropped(), e.errors(),
                    e.wallNanos(), e.cpuNanos(), e.allocatedBytes(), e.responseBytes(), e.statements(), e.httpCalls()};
            for (int i = 0; i < values.length; i++) {
                json.writeNumberField(EndpointCounts.FIELDS[i], values[i]);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        end();
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Pushes everything written so far to the file and the disk. */
    public void flush() throws IOException {
        json.flush();
        out.flush();
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            json.close();
            out.close();
        } finally {
            channel.close();
        }
    }
}
