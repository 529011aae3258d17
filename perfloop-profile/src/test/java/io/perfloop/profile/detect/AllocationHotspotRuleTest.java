package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.ScopeProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AllocationHotspotRuleTest {
    private static final long MB = 1024 * 1024;
    private final AllocationHotspotRule rule = new AllocationHotspotRule();

    @Test
    void positive_reportBuiltInMemory() {
        List<Finding> f = rule.check(Evidence.endpoint("GET /report", 20, 4_000)
                .allocation("com.acme.Report.render(Report.java:31)", "java.lang.AbstractStringBuilder.ensureCapacityInternal", "byte[]", 200 * MB)
                .allocation("com.acme.Report.row(Report.java:40)", "com.acme.Report.row", "com.acme.Row", 10 * MB)
                .gcPauses(12, 400).build(), RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(a -> {
            assertThat(a.callSite()).isEqualTo("com.acme.Report.render(Report.java:31)");
            assertThat(a.fix()).contains("stream");
            assertThat(a.evidence().get("per request")).isEqualTo("10.0 MB");
            // its share of the bytes × the GC pause share of the endpoint
            assertThat(a.predictedGain()).isCloseTo(200.0 / 210 * 0.1, within(1e-9));
        });
    }

    @Test
    void positive_growingListGetsPresizeAdvice() {
        List<Finding> f = rule.check(Evidence.wholeRecording(1_000)
                .allocation("com.acme.Batch.collect(Batch.java:12)", "java.util.ArrayList.grow", "java.lang.Object[]", 500 * MB).build(),
                RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(a -> {
            assertThat(a.fix()).contains("presize");
            assertThat(a.predictedGain()).isNaN(); // no GC pauses recorded: nothing to predict from
        });
    }

    @Test
    void positive_queryResultHydratedByTheOrmGetsStreamingAdvice() {
        // the sample shop's in-memory report: Hibernate's persistence context holds every entity of the period
        assertThat(rule.check(Evidence.endpoint("GET /api/reports/orders", 2, 1_000)
                .allocation("com.acme.Reports.inMemory(Reports.java:82)",
                        "org.hibernate.engine.internal.StatefulPersistenceContext$EntityHolderImpl.forEntity(StatefulPersistenceContext.java:2263)",
                        "org.hibernate.engine.internal.StatefulPersistenceContext$EntityHolderImpl", 48 * MB).build(),
                RuleConfig.defaults())).singleElement().satisfies(a -> {
                    assertThat(a.fix()).startsWith("A query result is loaded wholly into memory").contains("cursor", "stream it");
                    assertThat(a.callSite()).isEqualTo("com.acme.Reports.inMemory(Reports.java:82)");
                });
    }

    @Test
    void againstTheResponse_materialisedReportIsAHotspot_streamedOneIsNot() {
        // the shop's month report, 8 requests of 951 KB each: 29.7 MB per request held as rows then objects, 6.7 MB streamed
        long response = 8 * 951 * 1024L;
        ScopeProfile inMemory = Evidence.endpoint("GET /api/reports/orders", 8, 26_000).responseBytes(response)
                .allocation("com.acme.Reports.inMemory(Reports.java:82)", "org.postgresql.core.PGStream.receiveTupleV3(PGStream.java:620)",
                        "byte[]", 8 * 29_700 * 1024L).build();
        assertThat(rule.check(inMemory, RuleConfig.defaults())).singleElement()
                .satisfies(a -> assertThat(a.evidence().get("per response byte")).asString().startsWith("31 bytes allocated per byte sent"));
        ScopeProfile streamed = Evidence.endpoint("GET /api/reports/orders", 8, 3_700).responseBytes(response)
                .allocation("com.acme.Reports.stream(Reports.java:102)", "java.util.Arrays.copyOfRange(Arrays.java:3822)",
                        "byte[]", 8 * 6_700 * 1024L).build();
        assertThat(rule.check(streamed, RuleConfig.defaults())).isEmpty();
        assertThat(rule.check(streamed, RuleConfig.defaults().with("allocation-hotspot.min-times-response", 5))).singleElement()
                .satisfies(a -> assertThat(a.fix()).doesNotContain("growing")); // copyOfRange copies, it does not grow
    }

    @Test
    void positive_stringConcatenatedInALoopGetsStringBuilderAdvice() {
        // the sample shop's invoice: text += word, 1.2 MB per request for a 3.9 KB response
        assertThat(rule.check(Evidence.endpoint("GET /api/orders/{id}/invoice", 60, 2_000).responseBytes(60 * 3_900)
                .allocation("com.acme.Invoices.render(Invoices.java:92)", "jdk.internal.misc.Unsafe.allocateUninitializedArray(Unsafe.java:1375)",
                        "byte[]", 60 * 1_200_000L).build(), RuleConfig.defaults()))
                .singleElement().satisfies(a -> assertThat(a.fix()).contains("StringBuilder", "quadratic"));
    }

    @Test
    void positive_buffersAllocatedDirectlyGetReuseAdvice() {
        assertThat(rule.check(Evidence.endpoint("POST /upload", 10, 1_000)
                .allocation("com.acme.Upload.copy(Upload.java:20)", "com.acme.Upload.copy", "byte[]", 100 * MB).build(),
                RuleConfig.defaults())).singleElement().satisfies(a -> assertThat(a.fix()).contains("reuse").doesNotContain("stream it"));
    }

    @Test
    void negative_smallPerRequestAllocation() {
        assertThat(rule.check(Evidence.endpoint("GET /small", 1_000, 4_000)
                .allocation("com.acme.Small.get(Small.java:3)", "com.acme.Small.get", "com.acme.Dto", 20 * MB).build(),
                RuleConfig.defaults())).isEmpty(); // 20 KB per request
    }

    @Test
    void negative_noSiteDominates() {
        Evidence e = Evidence.endpoint("GET /mixed", 10, 4_000);
        for (int i = 0; i < 5; i++) {
            e.allocation("com.acme.Mixed.step" + i + "(Mixed.java:" + i + ")", "com.acme.Mixed.step" + i, "byte[]", 50 * MB);
        }
        assertThat(rule.check(e.build(), RuleConfig.defaults())).isEmpty();
    }
}
