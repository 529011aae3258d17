package io.perfloop.core.events;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsFileTest {
    @TempDir
    Path dir;

    static RequestEvent request(long id, String hostileText) {
        StatementEvent s = new StatementEvent(id, 7, "select * from t where x = '" + hostileText + "'", "select * from t where x = ?",
                StatementKind.SELECT, Arrays.asList("1", null, hostileText), 42L, 1_000L, 2_000L, 3, 1, 1,
                new CallSite("com.acme.A", "m", "A.java", 12), Set.of(Framework.HIBERNATE), "main", null);
        StatementEvent failed = new StatementEvent(id, 8, "x", "x", StatementKind.OTHER, null, 0, 5, 6, -1, 4, 2,
                CallSite.UNKNOWN, Set.of(), "pool-1", "SQLException: " + hostileText);
        HttpCallEvent call = new HttpCallEvent(1, "jdkhttpclient", "GET", "http://h:80/a/{id}", "h:80", 200, 10, 20, 0, 13,
                true, new CallSite("com.acme.B", "n", null, -1), "t", null);
        return new RequestEvent(id, "GET /a/{id}", "GET", "/a/1", 200, 100, 200, 300, 400, 500, "servlet", "exec-1",
                List.of(s, failed), List.of(call), 2, 0, hostileText, id == 1 ? 150 : -1);
    }

    static EventsHeader header() {
        return new EventsHeader(EventsWriter.FORMAT, "test", 123, "17", 99, Map.of("output", "/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"events.jsonl", "events.jsonl.gz"})
    void roundTripKeepsEveryField(String name) throws IOException {
        Path file = dir.resolve(name);
        String hostile = "ü \" \\ \n </script> \u0000 😀";
        EventsSummary summary = new EventsSummary(5, "keeping", List.of(new EndpointCounts("GET /a/{id}", 1, 2, 3, 4, 5, 6,
                7, 8, 9, 10, 11, 12)), 13, 14, List.of("servlet: boom"), null);
        try (EventsWriter w = EventsWriter.create(file, header())) {
            w.writeState("keeping", 77);
            w.write(request(1, hostile));
            w.write(request(2, "plain"));
            w.writeSummary(summary);
        }
        try (EventsReader r = EventsReader.open(file)) {
            assertThat(r.header()).isEqualTo(header());
            List<RequestEvent> requests = r.requests().toList();
            assertThat(requests).containsExactly(request(1, hostile), request(2, "plain"));
            assertThat(r.summary()).contains(summary);
            assertThat(r.states()).containsExactly(new EventsReader.StateChange("keeping", 77));
            assertThat(r.truncated()).isFalse();
        }
    }

    @Test
    void lastLineCutShortIsToleratedAndReported() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventsWriter w = EventsWriter.create(file, header())) {
            w.write(request(1, "a"));
            w.write(request(2, "b"));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
        try (EventsReader r = EventsReader.open(file)) {
            assertThat(r.requests().map(RequestEvent::id).toList()).containsExactly(1L);
            assertThat(r.truncated()).isTrue();
        }
    }

    @Test
    void gzipFlushedButNeverClosedIsReadableUpToTheFlush() throws IOException {
        Path file = dir.resolve("events.jsonl.gz");
        EventsWriter w = EventsWriter.create(file, header());
        w.write(request(1, "a"));
        w.flush(); // the process "dies" here: no close
        try (EventsReader r = EventsReader.open(file)) {
            assertThat(r.requests().map(RequestEvent::id).toList()).containsExactly(1L);
            assertThat(r.truncated()).isTrue();
        }
        w.close();
    }

    @Test
    void damagedLineInTheMiddleIsAnErrorWithItsLineNumber() throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (EventsWriter w = EventsWriter.create(file, header())) {
            w.write(request(1, "a"));
        }
        Files.writeString(file, Files.readString(file) + "{not json\n" + Files.readString(file).lines().skip(1).findFirst().get() + "\n");
        try (EventsReader r = EventsReader.open(file)) {
            assertThat(r.next().id()).isEqualTo(1);
            assertThatThrownBy(r::next).isInstanceOf(IOException.class).hasMessageContaining("line 3");
        }
    }

    @Test
    void unknownFormatFailsWithAClearMessage() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"type\":\"header\",\"format\":2}\n");
        assertThatThrownBy(() -> EventsReader.open(file)).hasMessageContaining("format 2").hasMessageContaining("upgrade");
        Files.writeString(file, "{\"type\":\"request\"}\n");
        assertThatThrownBy(() -> EventsReader.open(file)).hasMessageContaining("does not start with an events header");
        Files.writeString(file, "");
        assertThatThrownBy(() -> EventsReader.open(file)).hasMessageContaining("empty");
    }

    @Test
    void controlCommandsAreOrderedFilesAndStatusIsReadBack() throws IOException {
        AgentControl control = AgentControl.of(dir);
        assertThat(control.status()).isEmpty();
        long first = control.send(AgentControl.Command.KEEP);
        long second = control.send(AgentControl.Command.FLUSH);
        assertThat(second).isGreaterThan(first);
        List<String> names;
        try (var files = Files.list(dir.resolve(AgentControl.DIRECTORY))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(2);
        assertThat(AgentControl.Command.ofFileName(names.get(0))).contains(AgentControl.Command.KEEP);
        assertThat(AgentControl.sequenceOf(names.get(1))).isEqualTo(second);
        assertThat(AgentControl.Command.ofFileName("123-reboot")).isEmpty();
        AgentStatus status = new AgentStatus(1, 9, AgentStatus.KEEPING, second, "events.jsonl", 1, 2, 3, 4, 5,
                List.of("jdbc: x"), null, 6);
        status.writeTo(dir);
        assertThat(control.status()).contains(status);
        Files.writeString(dir.resolve(AgentStatus.FILE), "{\"format\":1,\"st");
        assertThat(control.status()).isEmpty(); // caught mid-rewrite: not there yet
    }
}
