package io.perfloop.load.engine;

import io.perfloop.load.http.OutgoingRequest;
import io.perfloop.load.record.EndpointRecorder;
import io.perfloop.load.record.RunRecorder;
import io.perfloop.load.source.RequestSpec;

/**
 * Turns workload requests into what the engine sends and where it records them, once per distinct request
 * rather than once per send: a fixed-rate or fixed-concurrency run cycles the same few request objects from
 * memory millions of times, and naming the endpoint (path split, id patterns) and resolving the URL for each
 * send cost more generator CPU than the HTTP exchange itself. A direct-mapped table by identity keeps the
 * memory bounded for logs that stream millions of distinct requests (a miss only costs the work it saves).
 * Not thread-safe: the engine calls it from one thread at a time.
 */
final class PreparedRequests {
    private static final int SLOTS = 4096;

    /**
     * @param request  what to send, or {@code null} when the target cannot be turned into a URL
     * @param endpoint where its outcome is recorded
     */
    record Prepared(OutgoingRequest request, EndpointRecorder endpoint) {
    }

    private final EngineSettings settings;
    private final RunRecorder recorder;
    private final RequestSpec[] keys = new RequestSpec[SLOTS];
    private final Prepared[] values = new Prepared[SLOTS];

    PreparedRequests(EngineSettings settings, RunRecorder recorder) {
        this.settings = settings;
        this.recorder = recorder;
    }

    Prepared of(RequestSpec spec) {
        int slot = System.identityHashCode(spec) & (SLOTS - 1);
        if (keys[slot] == spec) {
            return values[slot];
        }
        Prepared p = prepare(spec);
        keys[slot] = spec;
        values[slot] = p;
        return p;
    }

    private Prepared prepare(RequestSpec spec) {
        EndpointRecorder endpoint = recorder.endpoint(spec.method(), settings.grouper().endpoint(spec.method(), spec.path()));
        try {
            String url = settings.target().resolve(spec.target());
            return new Prepared(new OutgoingRequest(spec.method(), url, spec.headers(), spec.body()), endpoint);
        } catch (IllegalArgumentException e) {
            return new Prepared(null, endpoint);
        }
    }
}
