package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedThread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OS thread id → the Java thread (id and name) it carried at an instant, as JFR recorded them.
 * async-profiler identifies threads by OS id and names them only when it writes its file, at JVM
 * exit, when the main thread is already "DestroyJavaVM" with a new Java id; so its samples are
 * matched to requests through JFR's view of the thread.
 *
 * <p>One OS thread can carry several Java threads, so the view is kept per instant (issue #8): on
 * JDK 25 (not 17) JFR records the launcher's "DestroyJavaVM" as a {@code jdk.ThreadStart} on the main
 * thread's OS id when {@code main} returns, and whether a last {@code jdk.ThreadCPULoad} of "main"
 * lands after it in the file is a race at exit. Keeping the last one read charged every sample of
 * the main thread to "DestroyJavaVM" in about half the runs. The kernel can also reuse an OS id for
 * a later thread. Each Java thread counts from the first time JFR saw it; a sample takes the latest
 * one seen by its time, or, before any, the first one.
 */
final class ThreadNames {
    private final Map<Long, List<Carried>> byOsId = new HashMap<>();

    /** A Java thread an OS thread carried: seen first at {@code firstNanos}, named {@code name} when last seen. */
    record Carried(long javaId, String name, long firstNanos, long lastNanos) {
        Carried seenAgain(String name, long epochNanos) {
            return new Carried(javaId, epochNanos >= lastNanos && name != null ? name : this.name,
                    Math.min(firstNanos, epochNanos), Math.max(lastNanos, epochNanos));
        }
    }

    /** Notes that JFR saw {@code thread} at {@code epochNanos} (events come in file order, not time order). */
    void note(RecordedThread thread, long epochNanos) {
        if (thread != null) {
            note(thread.getOSThreadId(), thread.getJavaThreadId(), thread.getJavaName(), epochNanos);
        }
    }

    void note(long osId, long javaId, String name, long epochNanos) {
        if (osId <= 0 || javaId <= 0) {
            return;
        }
        List<Carried> carried = byOsId.computeIfAbsent(osId, k -> new ArrayList<>(1));
        for (int i = 0; i < carried.size(); i++) {
            if (carried.get(i).javaId() == javaId) {
                carried.set(i, carried.get(i).seenAgain(name, epochNanos));
                return;
            }
        }
        carried.add(new Carried(javaId, name, epochNanos, epochNanos));
    }

    /** The Java thread OS thread {@code osId} carried at {@code epochNanos}, or null when JFR never saw that OS thread. */
    Carried at(long osId, long epochNanos) {
        List<Carried> carried = byOsId.get(osId);
        if (carried == null) {
            return null;
        }
        Carried latestBefore = null;
        Carried first = null;
        for (Carried c : carried) {
            if (c.firstNanos() <= epochNanos && (latestBefore == null || c.firstNanos() > latestBefore.firstNanos())) {
                latestBefore = c;
            }
            if (first == null || c.firstNanos() < first.firstNanos()) {
                first = c;
            }
        }
        return latestBefore != null ? latestBefore : first;
    }
}
