package io.perfloop.load.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests from a vegeta-style target file: a {@code METHOD URL} line, then optional {@code Name: value}
 * header lines and an optional {@code @file} body line (relative to the target file); targets are separated
 * by blank lines or simply start with the next {@code METHOD URL} line. {@code #} starts a comment line.
 * Targets carry no timestamps, so they are paced by {@code --rate} or {@code --concurrency}.
 */
public final class TargetFileSource implements RequestSource {
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z][A-Z_-]{0,19})\\s+(\\S+)\\s*");
    private static final Pattern HEADER_LINE = Pattern.compile("([^:\\s]+):\\s*(.*)");

    private final InputOpener input;
    private final String name;
    private final Path baseDir;
    private final HeaderPolicy headers;

    /**
     * @param baseDir directory {@code @body} paths are relative to
     */
    public TargetFileSource(InputOpener input, String name, Path baseDir, HeaderPolicy headers) {
        this.input = input;
        this.name = name;
        this.baseDir = baseDir;
        this.headers = headers;
    }

    @Override
    public SourceIterator open(SourceProblems problems) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8),
                AccessLogSource.MAX_LINE_CHARS);
        return new Targets(reader, problems);
    }

    @Override
    public String kind() {
        return "targets";
    }

    @Override
    public String describe() {
        return name;
    }

    private final class Targets extends ReadAheadIterator {
        private final BoundedLineReader reader;
        private final SourceProblems problems;
        private String pending;

        Targets(BoundedLineReader reader, SourceProblems problems) {
            super(reader);
            this.reader = reader;
            this.problems = problems;
        }

        @Override
        RequestSpec readNext() throws IOException {
            String line = pending != null ? pending : reader.readLine();
            pending = null;
            if (line == null) {
                endOfSource();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                return readTarget(line.strip(), reader.lineNumber());
            }
            return null;
        }

        @Override
        String readFailure(IOException e) {
            return name + ": read failed at line " + reader.lineNumber();
        }

        private RequestSpec readTarget(String first, long lineNumber) throws IOException {
            Matcher m = REQUEST_LINE.matcher(first);
            if (!m.matches()) {
                problems.malformed(name, lineNumber, "expected 'METHOD URL'", first);
                return null;
            }
            List<RequestSpec.Header> list = new ArrayList<>();
            byte[] body = null;
            String line;
            while ((line = reader.readLine()) != null && !line.isBlank()) {
                String s = line.strip();
                if (s.startsWith("#")) {
                    continue;
                }
                if (REQUEST_LINE.matcher(s).matches()) {
                    pending = s; // the next target starts without a blank line
                    break;
                }
                Matcher h = HEADER_LINE.matcher(s);
                if (s.startsWith("@")) {
                    Path file = baseDir.resolve(s.substring(1));
                    if (!Files.isReadable(file)) {
                        problems.malformed(name, reader.lineNumber(), "body file not readable: " + file, s);
                        return null;
                    }
                    body = Files.readAllBytes(file);
                } else if (h.matches()) {
                    list.add(new RequestSpec.Header(h.group(1), h.group(2)));
                } else {
                    // one bad line does not cost the target it belongs to
                    problems.malformed(name, reader.lineNumber(), "expected 'Name: value' or '@bodyfile'", s);
                }
            }
            return new RequestSpec(m.group(1), m.group(2), headers.filter(list), body, RequestSpec.NO_TIMESTAMP,
                    false, lineNumber);
        }

    }
}
