package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses far larger than a client can use at once: hundreds of full objects with long text,
 * a whole report built in memory. Fires when the typical response is at least
 * {@code min-kib} KiB (default 256) and was built before it was sent: its first byte left after
 * {@code streamed-before-percent} (default 80) of the request's time. A response that was going
 * out while the request still worked (an export streamed from a cursor) is taken as deliberate:
 * its size is the point. The predicted gain assumes the time outside the database and downstream
 * waits (serialising, copying, writing) shrinks with the bytes, down to a 64 KiB page.
 */
@RuleSpec(id = "large-payload", summary = "Responses are far larger than a client can use at once",
        severity = Severity.WARNING, tags = {"http", "payload"})
public final class LargePayloadRule implements Rule<EndpointTraffic> {
    static final String ID = "large-payload";
    static final double PAGE_BYTES = 64 * 1024;

    @Override
    public Class<EndpointTraffic> evidenceType() {
        return EndpointTraffic.class;
    }

    @Override
    public List<Finding> check(EndpointTraffic traffic, RuleConfig config) {
        int minKib = config.intValue(ID, "min-kib", 256);
        int streamedBeforePercent = config.intValue(ID, "streamed-before-percent", 80);
        List<Double> bytes = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        List<Double> firstByteShares = new ArrayList<>();
        for (RequestEvent r : traffic.served()) {
            if (r.responseBytes() < 0) {
                continue;
            }
            if (r.firstByteNanos() >= 0 && r.wallNanos() > 0) {
                firstByteShares.add(Math.min(1.0, (double) r.firstByteNanos() / r.wallNanos()));
            }
            bytes.add((double) r.responseBytes());
            TimeBreakdown b = TimeBreakdown.of(r);
            double outsideWaits = b.share(b.wallNanos() - b.databaseNanos() - b.downstreamNanos());
            gains.add(outsideWaits * Math.max(0, 1 - PAGE_BYTES / Math.max(1, r.responseBytes())));
        }
        double typical = Medians.of(bytes);
        if (bytes.isEmpty() || typical < minKib * 1024.0) {
            return List.of();
        }
        double firstByte = firstByteShares.isEmpty() ? Double.NaN : Medians.of(firstByteShares);
        if (firstByte * 100 < streamedBeforePercent) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("response size (median)", String.format(java.util.Locale.ROOT, "%.0f KiB", typical / 1024));
        evidence.put("threshold", minKib + " KiB");
        if (!Double.isNaN(firstByte)) {
            evidence.put("first byte sent after (median)", String.format(java.util.Locale.ROOT, "%.0f%% of the request's time: built in memory, then sent", firstByte * 100));
        }
        evidence.put("requests", bytes.size());
        String title = traffic.endpoint() + " returns " + String.format(java.util.Locale.ROOT, "%.0f KiB", typical / 1024)
                + " per response";
        String fix = "Send what the client shows: select the fields it needs (`?fields=` or a projection/DTO instead of "
                + "full entities with long text columns) and paginate (`?page=&size=`, keyset pagination for deep pages); "
                + "for exports, stream the response (`StreamingResponseBody` with a JDBC fetch size) instead of building it in memory.";
        return List.of(new Finding(ID, title, Severity.WARNING, traffic.endpoint(), null, evidence, null, fix, Medians.of(gains)));
    }
}
