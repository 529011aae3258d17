package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.AllocationSite;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One allocation site that produces a large share of the scope's garbage at a rate that matters:
 * per request for an endpoint, per second for the whole recording. Allocation costs CPU (zeroing,
 * cache misses) and GC time; where GC paused the scope, the predicted gain is the site's share of
 * that pause time.
 *
 * <p>Settings: {@code allocation-hotspot.min-percent} of the scope's bytes (default 30),
 * {@code allocation-hotspot.min-kb-per-request} (endpoints, default 512),
 * {@code allocation-hotspot.min-mb-per-second} (whole recording, default 50),
 * {@code allocation-hotspot.min-times-response}: where the endpoint's response sizes are known, the
 * site must allocate at least this many times the bytes the endpoint sends (default 10) — writing a
 * response allocates a few times its size whatever is done; a result held in memory in several full
 * copies (rows, entities, objects, text) allocates many times it, and streaming takes that away.
 */
@RuleSpec(id = "allocation-hotspot", summary = "One site allocates a large share of the memory, fast enough to cost CPU and GC time",
        severity = Severity.WARNING, tags = {"memory", "gc", "profile"})
public final class AllocationHotspotRule implements Rule<ScopeProfile> {
    static final String ID = "allocation-hotspot";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        int minPercent = config.intValue(ID, "min-percent", 30);
        int minKbPerRequest = config.intValue(ID, "min-kb-per-request", 512);
        int minMbPerSecond = config.intValue(ID, "min-mb-per-second", 50);
        int minTimesResponse = config.intValue(ID, "min-times-response", 10);
        List<Finding> findings = new ArrayList<>();
        for (AllocationSite site : scope.allocationSites()) {
            if (100 * site.share() < minPercent) {
                break;
            }
            boolean fastEnough = scope.overall()
                    ? bytesPerSecond(scope, site) >= minMbPerSecond * 1024.0 * 1024.0
                    : scope.requests() > 0 && (double) site.bytes() / scope.requests() >= minKbPerRequest * 1024.0
                    && (scope.responseBytes() <= 0 || site.bytes() >= (double) minTimesResponse * scope.responseBytes());
            if (fastEnough) {
                findings.add(finding(scope, site));
            }
        }
        return findings;
    }

    private static double bytesPerSecond(ScopeProfile scope, AllocationSite site) {
        return scope.wallNanos() == 0 ? 0 : site.bytes() * 1e9 / scope.wallNanos();
    }

    private static Finding finding(ScopeProfile scope, AllocationSite site) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("share of allocated bytes", Gains.percent(site.share()));
        evidence.put("bytes (estimated from samples)", Durations.bytes(site.bytes()) + " in " + site.samples() + " samples");
        if (scope.overall()) {
            evidence.put("rate", Durations.bytes(bytesPerSecond(scope, site)) + "/s");
        } else {
            evidence.put("per request", Durations.bytes((double) site.bytes() / scope.requests()));
            if (scope.responseBytes() > 0) {
                evidence.put("per response byte", String.format(java.util.Locale.ROOT, "%.0f bytes allocated per byte sent (%s per response)",
                        (double) site.bytes() / scope.responseBytes(), Durations.bytes((double) scope.responseBytes() / scope.requests())));
            }
        }
        evidence.put("type", site.type());
        evidence.put("allocated in", site.allocatingFrame());
        evidence.put("GC pause share of the scope", Gains.percent(scope.gc().pauseShare()));
        double gain = scope.gc().pauseShare() > 0 ? Math.min(1, site.share() * scope.gc().pauseShare()) : Double.NaN;
        String title = "Allocation hotspot: " + site.site() + " allocates " + Gains.percent(site.share()) + " of the bytes ("
                + site.type() + (scope.overall() ? "" : ", " + Durations.bytes((double) site.bytes() / scope.requests()) + " per request") + ")";
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), site.site(), evidence, null, fix(site), gain);
    }

    /** Frames of ORMs and JDBC drivers: allocating there in bulk means materialising a query result. */
    private static final List<String> QUERY_RESULT_FRAMES = List.of("org.hibernate.", "org.eclipse.persistence.",
            "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.jdbc.", "com.microsoft.sqlserver.", "org.h2.",
            "org.springframework.jdbc.", "org.springframework.orm.", "org.jooq.", "org.apache.ibatis.");

    static String fix(AllocationSite site) {
        String type = site.type();
        String frame = site.allocatingFrame();
        boolean textOrBytes = type.equals("byte[]") || type.equals("char[]") || type.equals("java.lang.String");
        boolean growing = frame.contains("ByteArrayOutputStream") || frame.contains("StringBuilder") || frame.contains("StringWriter")
                || frame.contains("StringLatin1") || frame.contains("StringUTF16") || frame.startsWith("java.util.Arrays.copyOf(");
        if (textOrBytes && growing) {
            return "A response or document is built wholly in memory (" + type + " growing in " + frame + "): stream it "
                    + "instead — write to the response's OutputStream/Writer as you go (Spring: StreamingResponseBody, "
                    + "Jackson: JsonGenerator on the output stream), or page the data; at least presize the buffer.";
        }
        if (textOrBytes && (frame.startsWith("java.lang.StringConcatHelper") || frame.startsWith("jdk.internal.misc.Unsafe.allocateUninitializedArray"))) {
            // the JDK's string concatenation (javac's indy `+`) allocates its result there
            return "Strings are concatenated over and over (" + type + " allocated in " + frame + " for " + site.site() + "): "
                    + "`text += …` in a loop copies the whole text every time, quadratic in its length — append to one "
                    + "StringBuilder (presized) and call toString() once.";
        }
        if (QUERY_RESULT_FRAMES.stream().anyMatch(frame::startsWith)) {
            return "A query result is loaded wholly into memory (" + type + " allocated in " + frame + " for " + site.site()
                    + "): stream it instead — let the database aggregate or select only what is needed, read the rows through "
                    + "a cursor (a fetch size, inside a transaction) and write each one to the response as it comes "
                    + "(Spring: StreamingResponseBody, a Stream<T> repository query), or page the result.";
        }
        if (frame.startsWith("java.util.ArrayList") || frame.startsWith("java.util.HashMap") || frame.startsWith("java.util.Arrays.copyOf(")) {
            return "A collection keeps growing and copying (" + frame + "): presize it (new ArrayList<>(n), HashMap.newHashMap(n)) "
                    + "or avoid materialising it — stream or iterate the source directly.";
        }
        if (type.startsWith("java.lang.Integer") || type.startsWith("java.lang.Long") || type.startsWith("java.lang.Double")) {
            return "Boxed numbers (" + type + ") allocated in bulk: use primitive arrays, IntStream/LongStream, or a primitive collection.";
        }
        return "Allocate less at " + site.site() + ": reuse the " + type + " across iterations (or pool large buffers), "
                + "avoid temporary copies, or move the allocation out of the hot loop.";
    }
}
