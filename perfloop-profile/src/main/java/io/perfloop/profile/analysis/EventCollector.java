package io.perfloop.profile.analysis;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes each JFR event into the tallies of the whole recording and of the endpoint its thread
 * was serving. Holds only tallies keyed by interned stacks, so memory follows the number of
 * distinct stacks, not the length of the recording.
 */
final class EventCollector {
    final StackTable stacks;
    final PairKeys pairs = new PairKeys();
    final RequestIndex requests;
    final ScopeTally overall = new ScopeTally();
    final List<ScopeTally> endpoints = new ArrayList<>();
    final GcTally gc = new GcTally();
    final SamplingCounter sampling = new SamplingCounter();
    final EventLoopWatch loops;
    final ParkClassifier parks;
    private final EventTypes types = new EventTypes();
    private final Map<RecordedClass, Integer> classLabels = new IdentityHashMap<>();
    private final long minStallNanos;
    long events;
    long firstNanos = Long.MAX_VALUE;
    long lastNanos = Long.MIN_VALUE;
    long allocatedBytes;
    long cpuSamples;
    /** Set while reading a file whose CPU samples must be skipped (async-profiler sampled). */
    boolean skipCpuSamples;
    /** Set while reading async-profiler's file, whose thread names are resolved through {@link #threads}. */
    boolean readingAsyncProfiler;
    final ThreadNames threads = new ThreadNames();
    /** Threads whose first allocation sample in the current file was seen. */
    final java.util.Set<Long> firstAllocationSample = new java.util.HashSet<>();
    String sampler = "JFR";
    final SamplingSettings settings = new SamplingSettings();
    private final long windowFrom;
    private final long windowTo;

    EventCollector(AnalysisOptions options) {
        this.windowFrom = options.from() == null ? Long.MIN_VALUE : nanos(options.from());
        this.windowTo = options.to() == null ? Long.MAX_VALUE : nanos(options.to());
        this.stacks = new StackTable(new MethodTable(options.libraryFrames()), options.maxStacks());
        this.requests = new RequestIndex(options.requests());
        this.sampling.knownCpus(options.cpus());
        for (int i = 0; i < requests.endpoints().size(); i++) {
            endpoints.add(new ScopeTally());
        }
        this.minStallNanos = options.minStall().toNanos();
        this.loops = new EventLoopWatch(options.eventLoopThreads(), stacks, minStallNanos);
        this.parks = new ParkClassifier(stacks);
    }

    void accept(RecordedEvent e) {
        events++;
        EventType type = e.getEventType();
        EventKind kind = types.kind(type);
        if (kind == EventKind.CPU) {
            settings.executionSampleTypeIds.add(type.getId());
        }
        if (kind == EventKind.OTHER || kind == EventKind.CPU && skipCpuSamples) {
            return;
        }
        long start = nanos(e.getStartTime());
        if (kind.ordinal() <= EventKind.GC_PAUSE.ordinal() && (start < windowFrom || start > windowTo)) {
            return;
        }
        long end = kind == EventKind.CPU || kind == EventKind.ALLOCATION ? start : nanos(e.getEndTime());
        if (start < firstNanos) {
            firstNanos = start;
        }
        if (end > lastNanos) {
            lastNanos = end;
        }
        switch (kind) {
            case CPU -> cpuSample(e, start);
            case ALLOCATION -> allocation(e, start);
            case MONITOR_ENTER -> waited(e, WaitKind.MONITOR_ENTER, classLabel(e, "monitorClass", false), start, end);
            case PARK -> park(e, start, end);
            case MONITOR_WAIT -> waited(e, WaitKind.MONITOR_WAIT, classLabel(e, "monitorClass", false), start, end);
            case SLEEP -> waited(e, WaitKind.SLEEP, pairs.label(""), start, end);
            case SOCKET -> waited(e, WaitKind.SOCKET_IO, pairs.label(socketSubject(e)), start, end);
            case FILE -> waited(e, WaitKind.FILE_IO, pairs.label(""), start, end);
            case PINNED -> pinned(e, start, end);
            case GC -> gc.collection(start, e.getDuration("sumOfPauses").toNanos());
            case GC_PAUSE -> gc.pausePhase(start, end - start);
            case HEAP -> heap(e);
            case THREAD_CPU -> {
                settings.threadCpuLoadTypeIds.add(e.getEventType().getId());
                threads.note(e.getThread(), start);
                sampling.threadCpuLoad(e, start);
            }
            case THREAD_START -> threads.note(e.getThread("thread"), start);
            case CPU_INFO -> sampling.hardwareThreads(e.getInt("hwThreads"));
            case CONTAINER -> sampling.containerCpus((int) e.getLong("effectiveCpuCount"));
            case SETTING -> settings.accept(e, readingAsyncProfiler);
            default -> { }
        }
    }

    private void cpuSample(RecordedEvent e, long t) {
        RecordedThread thread = e.getThread("sampledThread");
        int stack = stacks.intern(e.getStackTrace());
        cpuSamples++;
        sampling.sample(thread);
        if (thread == null) {
            overall.cpu.add(stack, 1);
            return;
        }
        long osId = thread.getOSThreadId();
        // async-profiler's own Java id and name are the thread's at exit: take JFR's, as of the sample's time
        ThreadNames.Carried jfr = readingAsyncProfiler ? threads.at(osId, t) : null;
        long javaId = jfr != null ? jfr.javaId() : thread.getJavaThreadId();
        String name = jfr != null && jfr.name() != null ? jfr.name() : thread.getJavaName();
        int scope = requests.isEmpty() ? -1 : requests.endpointAt(javaId, name, t);
        overall.cpu.add(stack, 1);
        if (scope >= 0) {
            endpoints.get(scope).cpu.add(stack, 1);
        }
        if (loops.isEventLoop(name)) {
            loops.sample(osId, name, t, stack, scope, requests.requestAt(javaId, t), this::stall);
        }
    }

    private void allocation(RecordedEvent e, long t) {
        // a thread's first sample weighs everything it allocated since its previous sample, which may be
        // long before this recording (or window) started, e.g. a JVM profiled in-process: no weight for it
        RecordedThread sampled = e.getThread();
        long weight = sampled != null && firstAllocationSample.add(sampled.getJavaThreadId()) ? 0 : e.getLong("weight");
        allocatedBytes += weight;
        int key = pairs.key(stacks.intern(e.getStackTrace()), classLabel(e, "objectClass", true));
        overall.allocation.add(key, weight);
        int scope = scopeOf(sampled, t);
        if (scope >= 0) {
            endpoints.get(scope).allocation.add(key, weight);
        }
    }

    private void park(RecordedEvent e, long start, long end) {
        int stack = stacks.intern(e.getStackTrace());
        record(e, parks.classify(stack), stack, classLabel(e, "parkedClass", false), start, end);
    }

    private void waited(RecordedEvent e, WaitKind kind, int subject, long start, long end) {
        record(e, kind, stacks.intern(e.getStackTrace()), subject, start, end);
    }

    private void record(RecordedEvent e, WaitKind kind, int stack, int subject, long start, long end) {
        if (stacks.firstApplicationFrame(stack) < 0) {
            return; // no application frame: an idle JDK or framework thread (reference handler, pool worker, selector)
        }
        long nanos = end - start;
        int key = pairs.key(stack, subject);
        RecordedThread thread = e.getThread();
        int scope = scopeOf(thread, start);
        overall.waits.get(kind).add(key, nanos);
        if (scope >= 0) {
            endpoints.get(scope).waits.get(kind).add(key, nanos);
        }
        if (thread != null && nanos >= minStallNanos && loops.isEventLoop(thread.getJavaName())) {
            stall(stack, kind.label(), thread.getJavaName(), nanos, scope);
        }
    }

    private void pinned(RecordedEvent e, long start, long end) {
        String reason = types.has(e, "pinnedReason") ? e.getString("pinnedReason") : "";
        int key = pairs.key(stacks.intern(e.getStackTrace()), reason);
        overall.pinned.add(key, end - start);
        int scope = scopeOf(e.getThread(), start);
        if (scope >= 0) {
            endpoints.get(scope).pinned.add(key, end - start);
        }
    }

    void stall(int stack, String cause, String thread, long nanos, int scope) {
        int key = pairs.key(stack, cause);
        overall.stall(key, nanos, thread);
        if (scope >= 0) {
            endpoints.get(scope).stall(key, nanos, thread);
        }
    }

    private void heap(RecordedEvent e) {
        if ("After GC".equals(e.getString("when"))) {
            gc.heapAfterGc(e.getLong("heapUsed"));
        }
    }

    private int scopeOf(RecordedThread thread, long t) {
        if (thread == null || requests.isEmpty()) {
            return -1;
        }
        return requests.endpointAt(thread.getJavaThreadId(), thread.getJavaName(), t);
    }

    /** The label id of a class field; class names are cached per constant-pool object ({@code getName} copies). */
    private int classLabel(RecordedEvent e, String field, boolean readable) {
        RecordedClass c = types.has(e, field) ? e.getClass(field) : null;
        if (c == null) {
            return pairs.label("");
        }
        Integer id = classLabels.get(c);
        if (id == null) {
            id = pairs.label(readable ? TypeNames.readable(c.getName()) : c.getName());
            if (classLabels.size() >= 100_000) {
                classLabels.clear();
            }
            classLabels.put(c, id);
        }
        return id;
    }

    private String socketSubject(RecordedEvent e) {
        if (!types.has(e, "host")) {
            return "";
        }
        String host = e.getString("host");
        return host != null && !host.isEmpty() ? host + ":" + e.getInt("port") : "";
    }

    static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
