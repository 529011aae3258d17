package io.perfloop.profile.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flame graph page stays inert and exact whatever the frame names hold. */
class FlameGraphHtmlTest {
    /** Fragments that break HTML, script blocks, JSON or templates when not escaped. */
    private static final List<String> HOSTILE = List.of("</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"", "'", "\\", "&amp;", "&lt;", "\u2028", "\u2029", "/*@@DATA@@*/", "<!--", "-->", "]]>", "\u0000", "\t\n", "é𝔘", "${x}");

    static List<String> hostileNames() {
        List<String> names = new ArrayList<>();
        for (String a : HOSTILE) {
            for (String b : HOSTILE) {
                names.add("com.evil" + a + ".Frame" + b + ".run");
            }
        }
        return names;
    }

    @Test
    void hostileFrameNames_stayTextAndRoundTrip() throws Exception {
        List<String> names = hostileNames();
        List<FlameNode> children = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            children.add(new FlameNode(names.get(i), i % 3 == 0 ? FrameKind.NATIVE : FrameKind.JAVA, 10, 10, List.of()));
        }
        FlameNode root = new FlameNode("all", FrameKind.JAVA, 10L * names.size(), 0, children);
        String html = new FlameGraphHtml("title </script><b>x</b>").add("GET /a?<x>&y", "samples", root).render();

        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script")).isEqualTo(2);
        assertThat(html).doesNotContain("<img").doesNotContain("<b>x").doesNotContain("\u2028").doesNotContain("\u2029");

        JsonNode data = data(html);
        assertThat(data.get("title").asText()).isEqualTo("title </script><b>x</b>");
        JsonNode graph = data.get("graphs").get(0);
        assertThat(graph.get("name").asText()).isEqualTo("GET /a?<x>&y");
        List<String> rendered = new ArrayList<>();
        for (JsonNode child : graph.get("root").get(4)) {
            rendered.add(graph.get("names").get(child.get(0).asInt()).asText());
        }
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void selfContained_noExternalResources() {
        String html = new FlameGraphHtml("t").add("all", "samples", new FlameNode("all", FrameKind.JAVA, 1, 1, List.of())).render();
        assertThat(html).doesNotContainIgnoringCase("src=\"http").doesNotContainIgnoringCase("href=\"http")
                .doesNotContain("@import").contains("Content-Security-Policy");
    }

    @Test
    void diff_carriesBeforeAndAfterPerPath() throws Exception {
        FlameNode before = new FlameNode("all", FrameKind.JAVA, 100, 0, List.of(
                node("A", 60, node("B", 60)), node("C", 30), node("D", 10)));
        FlameNode after = new FlameNode("all", FrameKind.JAVA, 100, 0, List.of(
                node("C", 80), node("A", 20, node("B", 20))));
        JsonNode graph = data(new FlameGraphHtml("diff").addDiff("all", "samples", before, after).render()).get("graphs").get(0);
        assertThat(graph.get("diff").asBoolean()).isTrue();
        JsonNode root = graph.get("root");
        assertThat(root.get(2).asLong()).isEqualTo(100);
        assertThat(root.get(3).asLong()).isEqualTo(100);
        java.util.Map<String, long[]> byName = new java.util.HashMap<>();
        for (JsonNode c : root.get(4)) {
            byName.put(graph.get("names").get(c.get(0).asInt()).asText(), new long[]{c.get(2).asLong(), c.get(3).asLong()});
        }
        assertThat(byName.get("A")).containsExactly(60, 20);
        assertThat(byName.get("C")).containsExactly(30, 80);
        assertThat(byName.get("D")).containsExactly(10, 0); // only before: kept with zero width after
    }

    private static FlameNode node(String name, long total, FlameNode... children) {
        long childTotal = 0;
        for (FlameNode c : children) {
            childTotal += c.total();
        }
        return new FlameNode(name, FrameKind.JAVA, total, total - childTotal, List.of(children));
    }

    static JsonNode data(String html) throws Exception {
        String open = "<script id=\"data\" type=\"application/json\">";
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
