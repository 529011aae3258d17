package io.perfloop.core.report;

import io.perfloop.core.detect.FindingsEngine;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report is self-contained, escapes everything it shows, and renders in a real headless
 * Chromium without script errors, showing the findings.
 */
class HtmlReportTest {
    /** Captured SQL and URLs are untrusted: this one tries to break out of the data element and the page. */
    static final String HOSTILE_SQL = "select '</script><script>document.body.dataset.pwned=1</script><!--' as x, "
            + "'<img src=x onerror=\"document.body.dataset.pwned=1\">' from categories";

    static ReportModel model() {
        List<RequestEvent> requests = new ArrayList<>();
        long t0 = 1_700_000_000_000_000_000L;
        CallSite site = new CallSite("com.acme.Tree<script>", "build", "Tree.java", 12);
        for (int i = 0; i < 20; i++) {
            long start = t0 + i * 1_000_000_000L;
            StatementEvent s = new StatementEvent(i, i, HOSTILE_SQL, HOSTILE_SQL, StatementKind.SELECT, null, 0,
                    start + 1_000_000, 30_000_000, 400, 1, 1, site, Set.of(), "t", null);
            HttpCallEvent c = new HttpCallEvent(i, "jdk-httpclient", "GET", "http://x/<b>bold</b>", "x:80", 200,
                    start + 32_000_000, 5_000_000, -1, 10, false, site, "t", null);
            requests.add(new RequestEvent(i, "GET /api/<categories>/tree", "GET", "/", 200, start, 40_000_000 + i * 100_000,
                    2_000_000, 1000, 5000, "servlet", "t", List.of(s), List.of(c), 0, 0, null));
        }
        List<RankedFinding> ranked = new FindingsEngine(RuleRegistry.load(), RuleConfig.defaults()).analyse(requests);
        List<double[]> curve = List.of(new double[] {0.5, 40}, new double[] {0.9, 41.5}, new double[] {0.99, 42}, new double[] {0.999, 60});
        List<ReportModel.Endpoint> endpoints = EndpointBreakdown.of(requests).stream()
                .map(b -> ReportModel.Endpoint.of(b, curve)).toList();
        return new ReportModel("perfloop report <test>", "baseline & co", List.of(new ReportModel.Run("baseline", endpoints)),
                ReportModel.rows(ranked), List.of(), flameGraphs());
    }

    /** Frame names are untrusted too (class names can hold '$', '<', quotes): one tries to break out. */
    static final String HOSTILE_FRAME = "com.acme.</script><img src=x onerror=\"document.body.dataset.pwned=1\">.Tree.build";

    /**
     * Two graphs: the whole recording, and an endpoint where {@code Tree.build} (hostile name) holds 60
     * of 100 samples below a servlet chain 40 frames deep.
     */
    static List<FlameGraph> flameGraphs() {
        List<FlameGraph.Frame> frames = new ArrayList<>(List.of(new FlameGraph.Frame("all", "root")));
        List<FlameGraph.Node> nodes = new ArrayList<>(List.of(new FlameGraph.Node(0, 0, 100, 0)));
        for (int d = 1; d <= 40; d++) {
            frames.add(new FlameGraph.Frame("org.apache.catalina.Valve" + d + ".invoke", "library"));
            nodes.add(new FlameGraph.Node(d, d, 100, 0));
        }
        frames.add(new FlameGraph.Frame(HOSTILE_FRAME, "application"));
        nodes.add(new FlameGraph.Node(41, 41, 60, 50));
        frames.add(new FlameGraph.Frame("libc.so.6.memcpy", "native"));
        nodes.add(new FlameGraph.Node(42, 42, 10, 10));
        frames.add(new FlameGraph.Frame("com.acme.Tree.render", "application"));
        nodes.add(new FlameGraph.Node(43, 41, 40, 40));
        FlameGraph endpoint = new FlameGraph("GET /api/<categories>/tree", "samples", "async-profiler every 10 ms, 20 requests", frames, nodes);
        FlameGraph all = new FlameGraph("all", "samples", "async-profiler every 10 ms, every thread", frames, nodes);
        return List.of(all, endpoint);
    }

    @Test
    void selfContainedAndEscaped() {
        String html = HtmlReport.render(model());
        assertThat(html).doesNotContain("http://cdn", "https://", "src=\"http", "<link ");
        assertThat(html).doesNotContain("</script><script>document", "<img src=x", "<b>bold</b>", "<categories>");
        assertThat(html).contains("\\u003c/script\\u003e");
        // exactly the page's own two script elements
        assertThat(html.split("<script", -1)).hasSize(3);
    }

    @Test
    void rendersInHeadlessChromiumWithoutErrors(@TempDir Path dir) throws Exception {
        Path page = HtmlReport.write(model(), dir.resolve("report.html"));
        String dom = Chromium.dumpDom(page);
        assertThat(dom).contains("data-status=\"ok\"").doesNotContain("data-pwned");
        assertThat(dom).contains("[cacheable-call] GET /api/&lt;categories&gt;/tree recomputes the same result");
        assertThat(dom).contains("data-rule=\"cacheable-call\"", "Fix: Cache the computed result");
        assertThat(dom).contains("&lt;/script&gt;&lt;script&gt;"); // the hostile SQL shown as text
        // the flame graph is drawn: one frame per node, the hostile frame name as text, 60 of 100 samples
        assertThat(dom).contains("<svg id=\"flame\"", "class=\"fr\"", "<option value=\"1\">GET /api/&lt;categories&gt;/tree</option>");
        assertThat(dom).contains("com.acme.&lt;/script&gt;&lt;img src=x onerror=\"document.body.dataset.pwned=1\"&gt;.Tree.build — 60 samples (60.0% of all), self 50");
        assertThat(dom.split("class=\"fr\"", -1)).hasSize(45);
        Path png = Path.of("target", "report-screenshot.png");
        Files.createDirectories(png.getParent());
        Chromium.screenshot(page, png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /**
     * The flame graph answers a person: another scope chosen, a frame hovered and clicked (zoomed: its
     * ancestors stay above it, faded, and its callees fill the width), the zoom reset — each step's
     * result kept on the page by a script appended for the test, so the DOM Chromium dumps shows it.
     */
    @Test
    void flameGraphZoomsAndSwitchesScopeInHeadlessChromium(@TempDir Path dir) throws Exception {
        String html = HtmlReport.render(model());
        String steps = """
                <script>
                (function () {
                  var log = [], select = document.getElementById("flame-select");
                  select.selectedIndex = 1; select.dispatchEvent(new Event("change"));
                  log.push("scope=" + document.getElementById("flame-status").textContent);
                  var hostile = Array.prototype.filter.call(document.querySelectorAll("#flame g.fr"), function (g) {
                    return g.querySelector("title").textContent.indexOf(".Tree.build") >= 0; })[0];
                  hostile.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
                  log.push("hover=" + document.getElementById("flame-status").textContent);
                  hostile.dispatchEvent(new MouseEvent("click", { bubbles: true }));
                  var rects = document.querySelectorAll("#flame g.fr rect"), widest = rects[rects.length - 2];
                  log.push("zoomed=" + document.getElementById("flame-status").textContent + " frames=" + rects.length
                    + " ancestors=" + document.querySelectorAll("#flame g.ancestor").length + " memcpyWidth=" + rects[rects.length - 1].getAttribute("width")
                    + " of " + document.getElementById("flame").getAttribute("viewBox"));
                  document.getElementById("flame-reset").dispatchEvent(new MouseEvent("click", { bubbles: true }));
                  log.push("reset=" + document.querySelectorAll("#flame g.fr").length);
                  document.body.setAttribute("data-flame-test", log.join(" | "));
                })();
                </script>
                """;
        Path page = dir.resolve("report.html");
        Files.writeString(page, html.replace("</body>", steps + "</body>"));
        String dom = Chromium.dumpDom(page);
        assertThat(dom).contains("data-status=\"ok\"").doesNotContain("data-pwned");
        String log = dom.substring(dom.indexOf("data-flame-test=\"") + 17);
        log = log.substring(0, log.indexOf('"'));
        assertThat(log).contains("scope=all — 100 samples (100.0% of GET /api/&lt;categories&gt;/tree)");
        assertThat(log).contains("hover=com.acme.&lt;/script&gt;&lt;img src=x onerror=");
        // zoomed into Tree.build: 41 faded ancestors, itself, memcpy under it at 10/60 of the full width
        assertThat(log).contains("zoomed=zoomed: com.acme.", ".Tree.build — 60 samples", "frames=43", "ancestors=41");
        String[] width = log.substring(log.indexOf("memcpyWidth=") + 12).split(" of 0 0 ");
        double full = Double.parseDouble(width[1].split(" ")[0]);
        assertThat(Double.parseDouble(width[0]) + 0.5).isCloseTo(full * 10 / 60, org.assertj.core.data.Offset.offset(0.05));
        assertThat(log).contains("reset=44");
    }
}
