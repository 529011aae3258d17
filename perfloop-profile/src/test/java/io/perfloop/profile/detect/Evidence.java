package io.perfloop.profile.detect;

import io.perfloop.profile.analysis.AllocationSite;
import io.perfloop.profile.analysis.FlameNode;
import io.perfloop.profile.analysis.FrameKind;
import io.perfloop.profile.analysis.GcSummary;
import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.analysis.PinnedSite;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.analysis.Stall;
import io.perfloop.profile.analysis.WaitKind;
import io.perfloop.profile.analysis.WaitSite;
import io.perfloop.profile.analysis.WaitTotal;

import java.util.ArrayList;
import java.util.List;

/** Builds a scope's profile inline, so a rule test reads like the situation it describes. */
final class Evidence {
    private static final long MS = 1_000_000;
    private final String name;
    private final boolean overall;
    private final long requests;
    private final long wallNanos;
    private long samples;
    private final List<Object[]> methods = new ArrayList<>();
    private final List<Object[]> allocations = new ArrayList<>();
    private final List<WaitSite> waits = new ArrayList<>();
    private final List<Stall> stalls = new ArrayList<>();
    private final List<PinnedSite> pinned = new ArrayList<>();
    private long pauseNanos;
    private long collections;
    private long responseBytes = -1;

    private Evidence(String name, boolean overall, long requests, long wallMillis) {
        this.name = name;
        this.overall = overall;
        this.requests = requests;
        this.wallNanos = wallMillis * MS;
    }

    static Evidence endpoint(String name, long requests, long wallMillis) {
        return new Evidence(name, false, requests, wallMillis);
    }

    static Evidence wholeRecording(long wallMillis) {
        return new Evidence("all", true, 0, wallMillis);
    }

    /** Bytes of the responses the scope's requests sent, all together. */
    Evidence responseBytes(long bytes) {
        responseBytes = bytes;
        return this;
    }

    /** CPU samples in the scope (10 ms each). */
    Evidence cpuSamples(long n) {
        samples = n;
        return this;
    }

    /** An application method: {@code own} samples with it as the first application frame, {@code self} of them on top. */
    Evidence method(String method, long self, long own, long total, int hotLine) {
        methods.add(new Object[]{method, FrameKind.JAVA, self, own, total, hotLine, null});
        return this;
    }

    /** A JDK, library or native method. */
    Evidence libraryMethod(String method, FrameKind kind, long self, long total, String caller) {
        methods.add(new Object[]{method, kind, self, 0L, total, 0, caller});
        return this;
    }

    Evidence allocation(String site, String allocatingFrame, String type, long bytes) {
        allocations.add(new Object[]{site, allocatingFrame, type, bytes});
        return this;
    }

    Evidence wait(WaitKind kind, String site, String subject, long count, long totalMillis, long maxMillis) {
        waits.add(new WaitSite(kind, site, "java.lang.Object.wait", subject, count, totalMillis * MS, maxMillis * MS,
                (double) totalMillis * MS / wallNanos));
        return this;
    }

    Evidence stall(String cause, String site, String thread, long count, long totalMillis, long maxMillis) {
        stalls.add(new Stall(cause, site, "java.net.SocketInputStream.read", thread, count, totalMillis * MS, maxMillis * MS));
        return this;
    }

    Evidence pinned(String site, String reason, long count, long totalMillis) {
        pinned.add(new PinnedSite(site, "java.lang.Thread.sleep", reason, count, totalMillis * MS, totalMillis * MS / Math.max(1, count)));
        return this;
    }

    Evidence gcPauses(long collections, long pauseMillis) {
        this.collections = collections;
        this.pauseNanos = pauseMillis * MS;
        return this;
    }

    ScopeProfile build() {
        long interval = 10 * MS;
        List<MethodStat> m = new ArrayList<>();
        for (Object[] r : methods) {
            String method = (String) r[0];
            int line = (int) r[5];
            boolean application = (long) r[3] > 0;
            String cls = method.contains(".") ? method.substring(0, method.lastIndexOf('.')) : method;
            String file = cls.substring(cls.lastIndexOf('.') + 1) + ".java";
            m.add(new MethodStat(method, (FrameKind) r[1], application, (long) r[2], (long) r[3], (long) r[4],
                    share((long) r[2]), share((long) r[3]), share((long) r[4]), line, 0.8,
                    application ? method + "(" + file + ":" + line + ")" : method, (String) r[6]));
        }
        long allBytes = allocations.stream().mapToLong(a -> (long) a[3]).sum();
        List<AllocationSite> a = new ArrayList<>();
        for (Object[] r : allocations) {
            a.add(new AllocationSite((String) r[0], (String) r[1], (String) r[2], (long) r[3], 100, (double) (long) r[3] / allBytes));
        }
        a.sort((x, y) -> Long.compare(y.bytes(), x.bytes()));
        List<WaitTotal> totals = new ArrayList<>();
        for (WaitSite w : waits) {
            totals.add(new WaitTotal(w.kind(), w.count(), w.totalNanos(), w.share()));
        }
        GcSummary gc = new GcSummary(collections, pauseNanos, pauseNanos, (double) pauseNanos / wallNanos, allBytes,
                allBytes * 1e9 / wallNanos, 0);
        FlameNode empty = new FlameNode("all", FrameKind.JAVA, 0, 0, List.of());
        return new ScopeProfile(name, overall, requests, wallNanos, samples, interval, m, List.of(), allBytes, a, List.of(),
                totals, waits, stalls, pinned, gc, empty, empty, responseBytes);
    }

    private double share(long n) {
        return samples == 0 ? 0 : (double) n / samples;
    }
}
