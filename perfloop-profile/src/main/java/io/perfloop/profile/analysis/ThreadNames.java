package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedThread;

import java.util.HashMap;
import java.util.Map;

/**
 * OS thread id → Java thread id and name, as JFR recorded them. async-profiler identifies threads
 * by OS id and names them when it writes its file; written at JVM exit, the main thread is already
 * "DestroyJavaVM" with a new Java id, so samples are matched to requests through JFR's names.
 */
final class ThreadNames {
    private final Map<Long, RecordedThread> byOsId = new HashMap<>();

    void note(RecordedThread thread) {
        if (thread != null && thread.getOSThreadId() > 0 && thread.getJavaThreadId() > 0) {
            byOsId.put(thread.getOSThreadId(), thread);
        }
    }

    long javaId(long osId, long fallback) {
        RecordedThread t = byOsId.get(osId);
        return t == null ? fallback : t.getJavaThreadId();
    }

    String name(long osId, String fallback) {
        RecordedThread t = byOsId.get(osId);
        return t == null || t.getJavaName() == null ? fallback : t.getJavaName();
    }
}
