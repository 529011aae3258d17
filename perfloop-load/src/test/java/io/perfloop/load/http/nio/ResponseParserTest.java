package io.perfloop.load.http.nio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.perfloop.load.http.HttpProtocolException;

/**
 * Every response shape the parser must frame, fed whole, byte by byte and split in two at every position,
 * with CRLF and with bare LF line ends: the status, body byte count and keep-alive verdict must not depend
 * on how the socket cut the bytes.
 */
class ResponseParserTest {
    /** A response, whether the request was HEAD, and what must come out. */
    record Case(String name, String wire, boolean head, int status, long body, boolean keepAlive, boolean untilClose) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String big = "x".repeat(70_000);
        return List.of(
                new Case("content-length", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", false, 200, 2, true, false),
                new Case("no reason phrase", "HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n", false, 404, 0, true, false),
                new Case("large body", "HTTP/1.1 200 OK\r\ncontent-length: 70000\r\n\r\n" + big, false, 200, 70_000, true, false),
                new Case("repeated equal lengths", "HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\nabc",
                        false, 200, 3, true, false),
                new Case("chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1A;ext=1\r\n"
                        + "abcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n", false, 200, 31, true, false),
                new Case("chunked with trailers", "HTTP/1.1 200 OK\r\nTRANSFER-ENCODING: gzip, Chunked\r\n\r\n3\r\nabc\r\n"
                        + "0\r\nX-Checksum: 1\r\nX-More: 2\r\n\r\n", false, 200, 3, true, false),
                new Case("chunked overrides length", "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "2\r\nok\r\n0\r\n\r\n", false, 200, 2, true, false),
                new Case("head ignores length", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", true, 200, 0, true, false),
                new Case("204 has no body", "HTTP/1.1 204 No Content\r\n\r\n", false, 204, 0, true, false),
                new Case("304 ignores length", "HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n", false, 304, 0, true, false),
                new Case("interim 100 then final", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                        + "HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\n!", false, 201, 1, true, false),
                new Case("connection close", "HTTP/1.1 200 OK\r\nConnection: Keep-Alive, close\r\nContent-Length: 2\r\n\r\nok",
                        false, 200, 2, false, false),
                new Case("1.0 closes by default", "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", false, 200, 2, false, false),
                new Case("1.0 keep-alive", "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok",
                        false, 200, 2, true, false),
                new Case("no length: until close", "HTTP/1.1 200 OK\r\nServer: x\r\n\r\nstreamed to the end", false, 200, 19,
                        false, true),
                new Case("other encoding: until close", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabcd", false, 200, 4,
                        false, true),
                new Case("stray CRLF before status", "\r\nHTTP/1.1 500 Oops\r\nContent-Length: 1\r\n\r\n!", false, 500, 1, true, false),
                new Case("folded and odd headers", "HTTP/1.1 200 OK\r\nX-Long: a\r\n  folded\r\nContent-Lengthy: 9\r\n"
                        + "Content-Length:2\r\n\r\nok", false, 200, 2, true, false));
    }

    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (boolean bareLf : new boolean[] {false, true}) {
                out.add(Arguments.of(c, bareLf));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} bareLf={1}")
    @MethodSource("shapes")
    void framesTheSameHoweverTheBytesArrive(Case c, boolean bareLf) throws Exception {
        byte[] wire = bytes(bareLf ? lfOnly(c) : c.wire());
        check(c, wire, List.of(wire.length));
        if (wire.length < 2_000) {
            check(c, wire, ones(wire.length));
            for (int split = 1; split < wire.length; split++) {
                check(c, wire, List.of(split, wire.length - split));
            }
        } else {
            for (int split = 1; split < wire.length; split += 997) {
                check(c, wire, List.of(split, wire.length - split));
            }
        }
    }

    private static void check(Case c, byte[] wire, List<Integer> pieces) throws Exception {
        ResponseParser p = new ResponseParser();
        p.reset(c.head());
        int at = 0;
        for (int len : pieces) {
            int used = p.feed(wire, at, len);
            assertThat(used).as("%s: bytes taken of a piece", c).isEqualTo(len);
            at += len;
        }
        if (c.untilClose()) {
            assertThat(p.done()).as("%s: not done before the close", c).isFalse();
            p.endOfStream();
        }
        assertThat(p.done()).as("%s done", c).isTrue();
        assertThat(p.status()).as("%s status", c).isEqualTo(c.status());
        assertThat(p.bodyBytes()).as("%s body", c).isEqualTo(c.body());
        assertThat(p.keepAlive()).as("%s keep-alive", c).isEqualTo(c.keepAlive());
    }

    @Test
    void bytesAfterTheResponseAreLeftForTheCaller() throws Exception {
        byte[] wire = bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
        ResponseParser p = new ResponseParser();
        p.reset(false);
        assertThat(p.feed(wire, 0, wire.length)).isEqualTo(wire.length - 17);
        assertThat(p.done()).isTrue();
    }

    @Test
    void parserIsReusableAcrossResponses() throws Exception {
        ResponseParser p = new ResponseParser();
        for (Case c : cases()) {
            if (!c.untilClose()) {
                byte[] wire = bytes(c.wire());
                p.reset(c.head());
                p.feed(wire, 0, wire.length);
                assertThat(p.status()).as(c.name()).isEqualTo(c.status());
                assertThat(p.bodyBytes()).as(c.name()).isEqualTo(c.body());
            }
        }
    }

    @Test
    void cutShortIsAnEndOfFileNotAResponse() throws Exception {
        for (String partial : List.of("", "HTTP/1.1 200 OK\r\nContent-Len", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")) {
            ResponseParser p = new ResponseParser();
            p.reset(false);
            byte[] b = bytes(partial);
            p.feed(b, 0, b.length);
            assertThatThrownBy(p::endOfStream).as(partial).isInstanceOf(EOFException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedResponsesAreRejected(String wire, String message) {
        ResponseParser p = new ResponseParser();
        p.reset(false);
        byte[] b = bytes(wire);
        assertThatThrownBy(() -> p.feed(b, 0, b.length)).isInstanceOf(HttpProtocolException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("SSH-2.0-OpenSSH_9.2\r\n", "not an HTTP/1.x status line"),
                Arguments.of("HTTP/2 200\r\n\r\n", "not an HTTP/1.x status line"),
                Arguments.of("HTTP/1.1 2x0 OK\r\n\r\n", "bad status code"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n", "bad Content-Length"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", "conflicting"),
                Arguments.of("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n", "too large"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "bad chunk size"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "longer than its declared"),
                Arguments.of("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", "too large"),
                Arguments.of("HTTP/1.1 200 OK\r\nX: " + "a".repeat(ResponseParser.MAX_HEAD) + "\r\n\r\n", "head longer"));
    }

    @Test
    void longChunkedBodiesDoNotExhaustTheHeadBudget() throws Exception {
        StringBuilder wire = new StringBuilder("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        int chunks = ResponseParser.MAX_HEAD; // one size line per chunk: far more line bytes than one head may have
        for (int i = 0; i < chunks; i++) {
            wire.append("1\r\nx\r\n");
        }
        wire.append("0\r\n\r\n");
        ResponseParser p = new ResponseParser();
        p.reset(false);
        byte[] b = bytes(wire.toString());
        p.feed(b, 0, b.length);
        assertThat(p.done()).isTrue();
        assertThat(p.bodyBytes()).isEqualTo(chunks);
    }

    private static List<Integer> ones(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(1);
        }
        return l;
    }

    /** The head's line ends as bare LF; the body (which may hold CRLF of chunk framing) keeps LF framing too. */
    private static String lfOnly(Case c) {
        return c.wire().replace("\r\n", "\n");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
