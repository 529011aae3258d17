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
                ReportModel.rows(ranked), List.of());
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
        Path png = Path.of("target", "report-screenshot.png");
        Files.createDirectories(png.getParent());
        Chromium.screenshot(page, png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
