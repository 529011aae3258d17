package io.perfloop.profile.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the request a thread was serving at an instant: intervals grouped by thread and sorted by
 * start, looked up by binary search. Overlapping intervals on one thread (nested spans) resolve to
 * the latest-starting one, the innermost.
 */
final class RequestIndex {
    private final List<String> endpoints = new ArrayList<>();
    private final Map<Long, Intervals> byId = new HashMap<>();
    private final Map<String, Intervals> byName = new HashMap<>();
    private final List<RequestInterval> all;

    RequestIndex(List<RequestInterval> intervals) {
        this.all = List.copyOf(intervals);
        Map<String, Integer> endpointIds = new LinkedHashMap<>();
        Map<Long, List<RequestInterval>> ids = new HashMap<>();
        Map<String, List<RequestInterval>> names = new HashMap<>();
        for (RequestInterval r : intervals) {
            endpointIds.computeIfAbsent(r.endpoint(), e -> {
                endpoints.add(e);
                return endpoints.size() - 1;
            });
            if (r.threadId() >= 0) {
                ids.computeIfAbsent(r.threadId(), k -> new ArrayList<>()).add(r);
            } else {
                names.computeIfAbsent(r.threadName(), k -> new ArrayList<>()).add(r);
            }
        }
        ids.forEach((k, v) -> byId.put(k, new Intervals(v, endpointIds)));
        names.forEach((k, v) -> byName.put(k, new Intervals(v, endpointIds)));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<String> endpoints() {
        return endpoints;
    }

    List<RequestInterval> intervals() {
        return all;
    }

    /** The endpoint index the thread was serving at {@code epochNanos}, or -1. */
    int endpointAt(long javaThreadId, String threadName, long epochNanos) {
        if (all.isEmpty()) {
            return -1;
        }
        Intervals i = byId.get(javaThreadId);
        int found = i == null ? -1 : i.find(epochNanos);
        if (found < 0 && threadName != null && !byName.isEmpty()) {
            Intervals n = byName.get(threadName);
            found = n == null ? -1 : n.find(epochNanos);
        }
        return found;
    }

    /** The request (as an index into this thread's list, unique per thread) at an instant, or -1; used to cut runs. */
    long requestAt(long javaThreadId, long epochNanos) {
        Intervals i = byId.get(javaThreadId);
        return i == null ? -1 : i.indexAt(epochNanos);
    }

    private static final class Intervals {
        final long[] starts;
        final long[] ends;
        final int[] endpoints;

        Intervals(List<RequestInterval> list, Map<String, Integer> endpointIds) {
            list.sort(Comparator.comparingLong(RequestInterval::startEpochNanos));
            starts = new long[list.size()];
            ends = new long[list.size()];
            endpoints = new int[list.size()];
            for (int k = 0; k < list.size(); k++) {
                starts[k] = list.get(k).startEpochNanos();
                ends[k] = list.get(k).endEpochNanos();
                endpoints[k] = endpointIds.get(list.get(k).endpoint());
            }
        }

        int find(long t) {
            int k = indexAt(t);
            return k < 0 ? -1 : endpoints[k];
        }

        int indexAt(long t) {
            int k = Arrays.binarySearch(starts, t);
            if (k < 0) {
                k = -k - 2; // the last interval starting before t
            } else {
                while (k + 1 < starts.length && starts[k + 1] == t) {
                    k++;
                }
            }
            // walk back over intervals that started earlier but may still be open (nesting, overlap)
            for (int j = k; j >= 0 && j > k - 8; j--) {
                if (t <= ends[j]) {
                    return j;
                }
            }
            return -1;
        }
    }
}
