package io.perfloop.profile.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds event-loop stalls by elapsed time rather than by a list of forbidden methods. Blocking
 * waits recorded on an event-loop thread are stalls as they are (the collector reports them); this
 * class finds the other kind, a task that keeps the loop busy: consecutive CPU samples of one
 * thread (no gap longer than a few intervals) whose stacks enter the same task — the first
 * application frame from the bottom — form a run, and a run longer than the threshold is a stall.
 * A run also ends where a request interval ends, so back-to-back requests do not merge.
 * Samples arrive in time order per thread in practice; a sample older than its run's end is folded in.
 */
final class EventLoopWatch {
    private final Pattern names;
    private final Map<String, Boolean> matches = new HashMap<>();
    private final Map<Long, Run> runs = new HashMap<>();
    private final StackTable stacks;
    private final long minStallNanos;
    private long intervalNanos;

    EventLoopWatch(Pattern names, StackTable stacks, long minStallNanos) {
        this.names = names;
        this.stacks = stacks;
        this.minStallNanos = minStallNanos;
    }

    void interval(long nanos) {
        this.intervalNanos = nanos;
    }

    boolean isEventLoop(String threadName) {
        if (threadName == null) {
            return false;
        }
        Boolean m = matches.get(threadName);
        if (m == null) {
            m = names.matcher(threadName).matches();
            if (matches.size() < 100_000) {
                matches.put(threadName, m);
            }
        }
        return m;
    }

    /** A CPU sample on an event-loop thread; {@code sink} receives finished stalls. */
    void sample(long threadKey, String threadName, long t, int stackId, int scope, long request, Sink sink) {
        int[] m = stacks.methods(stackId);
        int entry = -1;
        for (int i = m.length - 1; i >= 0; i--) {
            if (stacks.methodTable().isApplication(m[i])) {
                entry = i;
                break;
            }
        }
        Run run = runs.get(threadKey);
        long gap = Math.max(3 * intervalNanos, 30_000_000L);
        if (run != null && (entry < 0 || run.taskMethod != m[entry] || run.request != request || t - run.last > gap)) {
            if (t < run.first) {
                return; // an out-of-order straggler before this run: ignore rather than split it
            }
            close(threadKey, run, sink);
            run = null;
        }
        if (entry < 0) {
            return;
        }
        if (run == null) {
            int[] l = stacks.lines(stackId);
            int task = stacks.intern(Arrays.copyOfRange(m, entry, m.length), Arrays.copyOfRange(l, entry, l.length));
            runs.put(threadKey, new Run(m[entry], task, threadName, t, scope, request));
        } else {
            run.last = Math.max(run.last, t);
        }
    }

    /** Closes every open run. */
    void finish(Sink sink) {
        for (Map.Entry<Long, Run> e : runs.entrySet()) {
            close(e.getKey(), e.getValue(), sink);
        }
        runs.clear();
    }

    private void close(long threadKey, Run run, Sink sink) {
        runs.remove(threadKey);
        long span = run.last - run.first + intervalNanos;
        if (span >= minStallNanos) {
            sink.stall(run.taskStack, "cpu", run.thread, span, run.scope);
        }
    }

    /** Receives stalls. */
    interface Sink {
        void stall(int stackId, String cause, String thread, long nanos, int scope);
    }

    private static final class Run {
        final int taskMethod;
        final int taskStack;
        final String thread;
        final long first;
        final int scope;
        final long request;
        long last;

        Run(int taskMethod, int taskStack, String thread, long first, int scope, long request) {
            this.taskMethod = taskMethod;
            this.taskStack = taskStack;
            this.thread = thread;
            this.first = first;
            this.last = first;
            this.scope = scope;
            this.request = request;
        }
    }
}
