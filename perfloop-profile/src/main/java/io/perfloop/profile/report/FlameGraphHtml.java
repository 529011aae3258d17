package io.perfloop.profile.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ScopeProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interactive flame graph page: self-contained (the template and script are a resource of this
 * module, no CDN), one or more graphs behind a selector (the whole recording and each endpoint), zoom
 * on click, regex search, and a differential mode. Frame names are untrusted: they travel as JSON
 * with {@code <}, {@code >} and {@code &} escaped inside a non-executed script block and the page
 * only ever sets them as text; a Content-Security-Policy forbids loading anything.
 *
 * <p>Written here rather than with async-profiler's converter: that converter is not in the
 * {@code tools.profiler:async-profiler} jar, it reads only its own collapsed/JFR input (not per-endpoint
 * trees built from request intervals), and its differential view needs two separate runs of it.
 */
public final class FlameGraphHtml {
    private static final String TEMPLATE = "flamegraph.html";
    private static final String SLOT = "/*@@DATA@@*/";
    /** Nodes narrower than this share of their graph are left out (they would be under a pixel wide). */
    private static final double MIN_SHARE = 0.0002;

    private final String title;
    private final List<Graph> graphs = new ArrayList<>();

    private record Graph(String name, String unit, String note, FlameNode root, FlameNode before) {
    }

    /** An empty page; add graphs before writing. */
    public FlameGraphHtml(String title) {
        this.title = title;
    }

    /** CPU flame graphs of the whole recording and of each endpoint. */
    public static FlameGraphHtml cpu(ProfileAnalysis analysis) {
        FlameGraphHtml page = new FlameGraphHtml("CPU — " + analysis.recording().cpuSampler() + " samples");
        for (ScopeProfile s : analysis.scopes()) {
            page.add(s.overall() ? "all" : s.name(), "samples", s.cpuFlame());
        }
        return page;
    }

    /** Allocation flame graphs (sampled bytes) of the whole recording and of each endpoint. */
    public static FlameGraphHtml allocation(ProfileAnalysis analysis) {
        FlameGraphHtml page = new FlameGraphHtml("Allocation — sampled bytes");
        for (ScopeProfile s : analysis.scopes()) {
            page.add(s.overall() ? "all" : s.name(), "bytes", s.allocationFlame());
        }
        return page;
    }

    /** Adds a graph. */
    public FlameGraphHtml add(String name, String unit, FlameNode root) {
        graphs.add(new Graph(name, unit, null, root, null));
        return this;
    }

    /**
     * Adds a differential graph: widths from {@code after}, red where a frame's share grew since
     * {@code before}, blue where it shrank (shares, so runs of different length compare).
     */
    public FlameGraphHtml addDiff(String name, String unit, FlameNode before, FlameNode after) {
        graphs.add(new Graph(name, unit, "widths: after; colour: change of share since before", after, before));
        return this;
    }

    /** Writes the page. */
    public void write(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The page as a string. */
    public String render() {
        if (graphs.isEmpty()) {
            throw new IllegalStateException("no flame graph to render");
        }
        String template = template();
        int slot = template.indexOf(SLOT);
        return template.substring(0, slot) + json() + template.substring(slot + SLOT.length());
    }

    private String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("title", title);
            g.writeArrayFieldStart("graphs");
            for (Graph graph : graphs) {
                new GraphWriter(g).write(graph);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // these characters only occur inside JSON strings, where the escapes mean the same
        return text.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String template() {
        try (InputStream in = FlameGraphHtml.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one graph: a name table and nested nodes {@code [name, kind, a, b, children]}. */
    private static final class GraphWriter implements NodeSink {
        private final JsonGenerator g;
        private final Map<String, Integer> names = new HashMap<>();
        private final List<String> nameList = new ArrayList<>();
        private final List<Boolean> application = new ArrayList<>();

        GraphWriter(JsonGenerator g) {
            this.g = g;
        }

        void write(Graph graph) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", graph.name());
            g.writeStringField("unit", graph.unit());
            if (graph.note() != null) {
                g.writeStringField("note", graph.note());
            }
            g.writeBooleanField("diff", graph.before() != null);
            g.writeArrayFieldStart("kinds");
            for (FrameKind k : FrameKind.values()) {
                g.writeString(k.name());
            }
            g.writeEndArray();
            g.writeFieldName("root");
            if (graph.before() == null) {
                node(graph.root(), Math.max(1, (long) (graph.root().total() * MIN_SHARE)));
            } else {
                new FlameDiff(graph.before(), graph.root()).write(this, MIN_SHARE);
            }
            g.writeArrayFieldStart("names");
            for (String n : nameList) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("app");
            for (Boolean a : application) {
                g.writeBoolean(a);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void node(FlameNode n, long min) throws IOException {
            open(n.name(), n.kind(), n.total(), n.self());
            for (FlameNode c : n.children()) {
                if (c.total() >= min) {
                    node(c, min);
                }
            }
            close();
        }

        @Override
        public void open(String name, FrameKind kind, long a, long b) throws IOException {
            g.writeStartArray();
            g.writeNumber(nameIndex(name, kind));
            g.writeNumber(kind.ordinal());
            g.writeNumber(a);
            g.writeNumber(b);
            g.writeStartArray();
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndArray();
        }

        private int nameIndex(String name, FrameKind kind) {
            return names.computeIfAbsent(name, n -> {
                nameList.add(n);
                application.add(ReportFlames.isApplication(n, kind));
                return nameList.size() - 1;
            });
        }
    }
}
