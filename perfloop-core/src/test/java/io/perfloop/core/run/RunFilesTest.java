package io.perfloop.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    @TempDir
    Path dir;

    static Run sampleRun() {
        Histogram corrected = new Histogram(3_600_000_000L, 3);
        Histogram service = new Histogram(3_600_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            corrected.recordValue(i * 100L);
            service.recordValue(i * 10L);
        }
        SecondSeries series = new SecondSeries(List.of(0L, 1L, 2L), List.of(500L, 0L, 500L), List.of(1L, 0L, 0L),
                Arrays.asList(5.0, null, 6.0), Arrays.asList(9.0, null, 9.5), Arrays.asList(10.0, null, 11.0),
                Arrays.asList(12.0, null, 13.0), Arrays.asList(0.5, null, 0.6), Arrays.asList(1.0, null, 1.1));
        EndpointResult endpoint = new EndpointResult("GET /orders/{id}", 1000, 1, Map.of("timeout", 1L),
                Map.of("2xx", 999L), 123_456, 0, LatencySummary.ofMicros(corrected), LatencySummary.ofMicros(service),
                series);
        RunMeta meta = new RunMeta(Instant.parse("2025-01-02T03:04:05Z"), Instant.parse("2025-01-02T03:04:08Z"),
                List.of("load", "access.log"), "/tmp", RunEnvironment.jvm(), RunEnvironment.machine(),
                new RunMeta.GitInfo("abc123", true));
        Workload workload = new Workload("access.log", "access-log", "replay", Map.of("speed", "1.0"),
                "http://127.0.0.1:8080", "jetty", 3.0, 1000, 1000, 0, 7, 2,
                List.of(new Workload.GeneratorStall(1.5, 230)));
        return new Run(Run.FORMAT, "20250102-030405", meta, workload, List.of(endpoint),
                new EndpointResult(EndpointResult.OVERALL, 1000, 1, Map.of("timeout", 1L), Map.of("2xx", 999L),
                        123_456, 0, LatencySummary.ofMicros(corrected), LatencySummary.ofMicros(service), series),
                List.of(new CheckResult("p99<200ms", "99.1ms", true)));
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Run run = sampleRun();
        Path written = RunWriter.create(dir.resolve("runs"), run);

        assertThat(written).isEqualTo(dir.resolve("runs/20250102-030405"));
        Run back = RunReader.read(written);
        assertThat(back).isEqualTo(run);
        assertThat(back.endpoint("GET /orders/{id}").orElseThrow().corrected().decode().getValueAtPercentile(99))
                .isEqualTo(run.endpoints().get(0).corrected().p99());
        assertThat(back.endpoints().get(0).series().samples("p99Ms")).containsExactly(10.0, 11.0);
        assertThat(back.endpoints().get(0).series().samples("requests")).containsExactly(500, 0, 500);
    }

    @Test
    void secondRunWithSameIdGetsSuffix() throws Exception {
        Path runs = dir.resolve("runs");
        RunWriter.create(runs, sampleRun());
        Path second = RunWriter.create(runs, sampleRun());
        assertThat(second.getFileName().toString()).isEqualTo("20250102-030405-2");
        assertThat(RunReader.read(second).id()).isEqualTo("20250102-030405-2");
    }

    @Test
    void unknownFormatIsRefusedClearly() {
        String json = RunWriter.toJson(sampleRun()).replace("\"format\" : 1", "\"format\" : 7");
        assertThatThrownBy(() -> read(json)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("run format 7 is not supported").hasMessageContaining("newer perfloop");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String json = "{\n  \"format\": 1,\n  \"id\": \"x\",\n  oops\n}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("t.json: malformed JSON at line 4, column");
    }

    @Test
    void wrongTypeNamesThePath() {
        String json = RunWriter.toJson(sampleRun()).replace("\"requests\" : 1000", "\"requests\" : \"many\"");
        assertThatThrownBy(() -> read(json)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("$.endpoints[0].requests");
    }

    @Test
    void missingFormatOrNotAnObject() {
        assertThatThrownBy(() -> read("{\"id\":\"x\"}")).hasMessageContaining("no integer \"format\" field");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("expected a JSON object");
    }

    @Test
    void unknownFieldsAreIgnoredSoFormatOneCanGrow() throws Exception {
        String json = RunWriter.toJson(sampleRun()).replaceFirst("\\{", "{ \"findings\": [{\"ruleId\":\"n-plus-one\"}],");
        assertThat(read(json)).isEqualTo(sampleRun());
    }

    @Test
    void missingRunFileIsNamed() {
        assertThatThrownBy(() -> RunReader.read(dir)).isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessageContaining("run.json");
    }

    @Test
    void histogramCodecRejectsGarbage() {
        assertThatThrownBy(() -> HistogramCodec.decode("bm90IGEgaGlzdG9ncmFt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HdrHistogram");
    }

    @Test
    void seriesColumnsMustHaveSameLength() {
        assertThatThrownBy(() -> new SecondSeries(List.of(0L, 1L), List.of(1L), List.of(0L, 0L), null, null, null,
                null, null, null)).hasMessageContaining("requests has 1 values, expected 2");
    }

    @Test
    void gitProbeFindsNothingOutsideARepository() {
        assertThat(RunEnvironment.git(dir)).isNull();
    }

    private Run read(String json) throws Exception {
        Files.writeString(dir.resolve("t.json"), json);
        return RunReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }
}
