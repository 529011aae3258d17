package io.perfloop.load.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Requests from an access log (nginx/Apache combined or common, or a given {@link LogFormat}), read line by
 * line: a log of any size is processed in bounded memory. Lines that do not parse are reported with their
 * line numbers and skipped.
 */
public final class AccessLogSource implements RequestSource {
    static final int MAX_LINE_CHARS = 1 << 20;
    private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z_-]{0,19}");
    private static final List<String> TIME_VARIABLES = List.of("msec", "time_iso8601", "time_local");

    private final InputOpener input;
    private final String name;
    private final LogFormat format;
    private final HeaderPolicy headers;
    private final String timeVariable;

    /**
     * @param input   opens the log from its start (a file, or a generated stream in tests)
     * @param name    the log's name for messages
     * @param format  the line format
     * @param headers which recorded headers ({@code $http_*} fields) to replay
     */
    public AccessLogSource(InputOpener input, String name, LogFormat format, HeaderPolicy headers) {
        this.input = input;
        this.name = name;
        this.format = format;
        this.headers = headers;
        this.timeVariable = TIME_VARIABLES.stream().filter(format.variables()::contains).findFirst().orElse(null);
    }

    @Override
    public SourceIterator open(SourceProblems problems) throws IOException {
        InputStream in = input.open();
        BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                MAX_LINE_CHARS);
        return new Lines(reader, problems);
    }

    @Override
    public String kind() {
        return "access-log";
    }

    @Override
    public String describe() {
        return name;
    }

    private final class Lines extends ReadAheadIterator {
        private final BoundedLineReader reader;
        private final SourceProblems problems;
        private final LogTimestamps timestamps = new LogTimestamps();

        Lines(BoundedLineReader reader, SourceProblems problems) {
            super(reader);
            this.reader = reader;
            this.problems = problems;
        }

        @Override
        RequestSpec readNext() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                endOfSource();
            } else if (reader.truncated()) {
                problems.malformed(name, reader.lineNumber(), "line longer than " + MAX_LINE_CHARS + " characters", line);
            } else if (!line.isBlank()) {
                return parse(line, reader.lineNumber());
            }
            return null;
        }

        @Override
        String readFailure(IOException e) {
            return name + ": read failed at line " + reader.lineNumber();
        }

        private RequestSpec parse(String line, long lineNumber) {
            Map<String, String> fields = format.parse(line);
            if (fields == null) {
                problems.malformed(name, lineNumber, "does not match log format", line);
                return null;
            }
            try {
                return toRequest(fields, lineNumber);
            } catch (IllegalArgumentException e) {
                problems.malformed(name, lineNumber, e.getMessage(), line);
                return null;
            }
        }

        private RequestSpec toRequest(Map<String, String> fields, long lineNumber) {
            String method;
            String target;
            String request = fields.get("request");
            if (request != null) {
                String[] parts = NginxEscapes.unescape(request).split(" ");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("bad request line");
                }
                method = parts[0];
                target = parts[1];
            } else {
                method = fields.getOrDefault("request_method", "GET");
                target = fields.containsKey("request_uri") ? fields.get("request_uri") : withArgs(fields);
            }
            if (!METHOD.matcher(method).matches()) {
                throw new IllegalArgumentException("bad method '" + method + "'");
            }
            if (!target.startsWith("/") && !target.startsWith("http://") && !target.startsWith("https://")) {
                throw new IllegalArgumentException("bad request target");
            }
            long time = RequestSpec.NO_TIMESTAMP;
            if (timeVariable != null) {
                time = timestamps.parse(timeVariable, fields.get(timeVariable));
            }
            String body = fields.get("request_body");
            byte[] bytes = body == null || body.equals("-") ? null
                    : NginxEscapes.unescape(body).getBytes(StandardCharsets.ISO_8859_1);
            return new RequestSpec(method, target, headers.filter(recordedHeaders(fields)), bytes, time,
                    timeVariable != null && LogTimestamps.secondResolution(timeVariable), lineNumber);
        }

        private List<RequestSpec.Header> recordedHeaders(Map<String, String> fields) {
            List<RequestSpec.Header> list = new ArrayList<>(2);
            for (String variable : format.variables()) {
                String value = fields.get(variable);
                if (variable.startsWith("http_") && value != null && !value.isEmpty() && !value.equals("-")) {
                    list.add(new RequestSpec.Header(headerName(variable.substring(5)), NginxEscapes.unescape(value)));
                }
            }
            return list;
        }
    }

    private static String withArgs(Map<String, String> fields) {
        String uri = fields.getOrDefault("uri", "/");
        String args = fields.get("args");
        return args == null || args.isEmpty() || args.equals("-") ? uri : uri + "?" + args;
    }

    /** {@code user_agent} → {@code User-Agent}. */
    static String headerName(String variable) {
        StringBuilder sb = new StringBuilder(variable.length());
        boolean upper = true;
        for (char c : variable.toCharArray()) {
            if (c == '_') {
                sb.append('-');
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
