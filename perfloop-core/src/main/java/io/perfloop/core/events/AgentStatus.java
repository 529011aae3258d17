package io.perfloop.core.events;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agent's {@code status.json}: what it is doing and the last control command it carried out.
 * Rewritten atomically (temporary file, then rename) whenever something changes, so a reader
 * never sees half a file.
 *
 * @param format           status format version (1)
 * @param pid              process id of the captured JVM
 * @param state            {@link #WARMUP} (capturing, discarding), {@link #KEEPING}, {@link #STOPPED}
 *                         (capture gave up: see {@code problem}), {@link #CLOSED} (the JVM exited)
 * @param ack              sequence number of the last control command carried out, 0 before any
 * @param eventsFile       name of the events file inside the output directory
 * @param measured         requests finished while keeping
 * @param written          requests written to the events file (flushed when {@code ack} covers a flush)
 * @param warmup           requests discarded before keeping started
 * @param sampledOut       measured requests left out by sampling
 * @param dropped          measured requests lost to a full queue or a stopped capture
 * @param disabledProbes   probes switched off after an exception
 * @param problem          why capture stopped or what went wrong, else {@code null}
 * @param updatedEpochMillis when this status was written
 */
public record AgentStatus(int format, long pid, String state, long ack, String eventsFile, long measured, long written,
                          long warmup, long sampledOut, long dropped, List<String> disabledProbes, String problem,
                          long updatedEpochMillis) {
    public static final String WARMUP = "warmup";
    public static final String KEEPING = "keeping";
    public static final String STOPPED = "stopped";
    public static final String CLOSED = "closed";
    /** File name inside the output directory. */
    public static final String FILE = "status.json";

    private static final JsonFactory JSON = new JsonFactory();

    public AgentStatus {
        disabledProbes = List.copyOf(disabledProbes);
    }

    /**
     * Writes {@code status.json} into {@code directory}, replacing the previous one atomically; on a
     * disk too full for a second file, rewrites it in place ({@link #readFrom} treats a file caught half-written as not there yet).
     */
    public void writeTo(Path directory) throws IOException {
        Path tmp = directory.resolve(FILE + ".tmp");
        try {
            write(Files.newOutputStream(tmp));
            Files.move(tmp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException full) {
            Files.deleteIfExists(tmp);
            write(Files.newOutputStream(directory.resolve(FILE)));
        }
    }

    private void write(OutputStream target) throws IOException {
        try (OutputStream out = target; JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", format);
            g.writeNumberField("pid", pid);
            g.writeStringField("state", state);
            g.writeNumberField("ack", ack);
            g.writeStringField("eventsFile", eventsFile);
            g.writeNumberField("measured", measured);
            g.writeNumberField("written", written);
            g.writeNumberField("warmup", warmup);
            g.writeNumberField("sampledOut", sampledOut);
            g.writeNumberField("dropped", dropped);
            g.writeArrayFieldStart("disabledProbes");
            for (String p : disabledProbes) {
                g.writeString(p);
            }
            g.writeEndArray();
            if (problem != null) {
                g.writeStringField("problem", problem);
            }
            g.writeNumberField("updated", updatedEpochMillis);
            g.writeEndObject();
        }
    }

    /** Reads {@code status.json} from {@code directory}; empty while the agent has not written one. */
    public static Optional<AgentStatus> readFrom(Path directory) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(Files.readAllBytes(directory.resolve(FILE)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException halfWritten) {
            return Optional.empty(); // caught mid-rewrite on a full disk: ask again
        }
        if (n == null || n.isMissingNode()) {
            return Optional.empty();
        }
        int format = n.path("format").asInt(-1);
        if (format != 1) {
            throw new IOException(directory.resolve(FILE) + " has status format " + format + "; this perfloop reads 1");
        }
        List<String> probes = new ArrayList<>();
        n.path("disabledProbes").forEach(p -> probes.add(p.asText()));
        return Optional.of(new AgentStatus(format, n.path("pid").asLong(), n.path("state").asText(), n.path("ack").asLong(),
                n.path("eventsFile").asText(), n.path("measured").asLong(), n.path("written").asLong(),
                n.path("warmup").asLong(), n.path("sampledOut").asLong(), n.path("dropped").asLong(), probes,
                n.hasNonNull("problem") ? n.get("problem").asText() : null, n.path("updated").asLong()));
    }
}
