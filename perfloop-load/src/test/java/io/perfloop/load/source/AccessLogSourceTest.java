package io.perfloop.load.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.perfloop.load.testing.Logs;

class AccessLogSourceTest {
    static List<RequestSpec> read(String format, String text, SourceProblems problems) throws Exception {
        AccessLogSource source = new AccessLogSource(
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "access.log",
                LogFormat.of(format), HeaderPolicy.standard());
        List<RequestSpec> out = new ArrayList<>();
        try (SourceIterator it = source.open(problems)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void malformedLinesAreReportedWithLineNumbersAndSkipped() throws Exception {
        String log = String.join("\n",
                Logs.combined(Logs.T0, "GET", "/a", 200),
                "garbage that is no log line",
                Logs.combined(Logs.T0, "GET", "/b", 200),
                "203.0.113.7 - - [04/Mar/2025:12:00:00 +0200] \"\\x16\\x03\\x01\" 400 0 \"-\" \"-\"",
                "203.0.113.7 - - [31/Foo/2025:12:00:00 +0200] \"GET /c HTTP/1.1\" 200 1 \"-\" \"-\"",
                "",
                Logs.combined(Logs.T0 + 1000, "POST", "/d?x=1", 201));
        StringWriter printed = new StringWriter();
        SourceProblems problems = new SourceProblems(new PrintWriter(printed), 10);

        List<RequestSpec> requests = read("combined", log, problems);

        assertThat(requests).extracting(RequestSpec::target).containsExactly("/a", "/b", "/d?x=1");
        assertThat(requests).extracting(RequestSpec::origin).containsExactly(1L, 3L, 7L);
        assertThat(problems.count()).isEqualTo(3);
        assertThat(printed.toString())
                .contains("access.log:2: skipped: does not match log format: garbage")
                .contains("access.log:4: skipped: bad request line")
                .contains("access.log:5: skipped: bad timestamp '31/Foo/2025:12:00:00 +0200'");
    }

    @Test
    void combinedLineGivesMethodTimeAndReplayableHeaders() throws Exception {
        RequestSpec r = read("combined", Logs.combined(Logs.T0 + 3000, "GET", "/orders/7?page=2", 200),
                SourceProblems.counting()).get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/orders/7");
        assertThat(r.timestampMillis()).isEqualTo(Logs.T0 + 3000);
        assertThat(r.secondResolution()).isTrue();
        assertThat(r.headers()).containsExactly(new RequestSpec.Header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "apache common|%h %l %u %t \"%r\" %>s %b|10.0.0.1 ident frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326",
            "apache quoted|%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-agent}i\"|10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 \"http://x/\\\"q\\\"\" \"Mozilla \\\"quoted\\\"\"",
            "nginx custom|$remote_addr [$time_local] $request_method $request_uri $status $request_time|10.0.0.1 [10/Oct/2000:13:55:36 -0700] GET /apache_pb.gif 200 0.004",
            "nginx iso8601|$time_iso8601 \"$request\" $status|2000-10-10T13:55:36-07:00 \"GET /apache_pb.gif HTTP/1.1\" 200",
            "common with extra fields|common|10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.1\" 200 2326 \"-\" \"curl\" 0.002 upstream=1"})
    void formats(String name, String format, String line) throws Exception {
        SourceProblems problems = SourceProblems.counting();
        List<RequestSpec> r = read(format, line, problems);
        assertThat(problems.count()).isZero();
        assertThat(r).singleElement().satisfies(spec -> {
            assertThat(spec.method()).isEqualTo("GET");
            assertThat(spec.target()).isEqualTo("/apache_pb.gif");
            assertThat(spec.timestampMillis()).isEqualTo(971211336000L);
        });
    }

    @Test
    void formatWithoutRequestFieldIsRejected() {
        assertThatThrownBy(() -> LogFormat.of("$remote_addr $status")).hasMessageContaining("no request field");
    }

    @Test
    void endlessLineIsCutAndReportedNotBuffered() throws Exception {
        String huge = "x".repeat(AccessLogSource.MAX_LINE_CHARS + 10);
        SourceProblems problems = SourceProblems.counting();
        List<RequestSpec> r = read("combined", huge + "\n" + Logs.combined(Logs.T0, "GET", "/ok", 200), problems);
        assertThat(r).extracting(RequestSpec::target).containsExactly("/ok");
        assertThat(problems.count()).isEqualTo(1);
    }

    @Test
    void credentialsAndHopByHopHeadersAreDropped() {
        HeaderPolicy p = HeaderPolicy.standard();
        assertThat(p.keeps("Authorization")).isFalse();
        assertThat(p.keeps("cookie")).isFalse();
        assertThat(p.keeps("Connection")).isFalse();
        assertThat(p.keeps(":authority")).isFalse();
        assertThat(p.keeps("Accept")).isTrue();
        assertThat(new HeaderPolicy(true).keeps("Authorization")).isTrue();
    }
}
