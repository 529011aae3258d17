package io.perfloop.profile.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestIndexTest {

    @Test
    void findsTheRequestByThreadAndTime_boundariesInclusive() {
        RequestIndex index = new RequestIndex(List.of(
                new RequestInterval("GET /a", 7, "t7", 100, 200),
                new RequestInterval("GET /b", 7, "t7", 300, 400),
                new RequestInterval("GET /c", 8, "t8", 100, 400)));
        assertThat(index.endpoints()).containsExactly("GET /a", "GET /b", "GET /c");
        assertThat(index.endpointAt(7, "t7", 100)).isEqualTo(0);
        assertThat(index.endpointAt(7, "t7", 200)).isEqualTo(0);
        assertThat(index.endpointAt(7, "t7", 250)).isEqualTo(-1);
        assertThat(index.endpointAt(7, "t7", 350)).isEqualTo(1);
        assertThat(index.endpointAt(8, "t8", 250)).isEqualTo(2);
        assertThat(index.endpointAt(9, "t9", 150)).isEqualTo(-1);
        assertThat(index.endpointAt(7, "t7", 99)).isEqualTo(-1);
    }

    @Test
    void nestedIntervals_innermostWins() {
        RequestIndex index = new RequestIndex(List.of(
                new RequestInterval("outer", 1, null, 0, 1000),
                new RequestInterval("inner", 1, null, 400, 500)));
        assertThat(index.endpointAt(1, null, 450)).isEqualTo(1);
        assertThat(index.endpointAt(1, null, 600)).isEqualTo(0);
    }

    @Test
    void byNameWhenTheIdIsUnknown() {
        RequestIndex index = new RequestIndex(List.of(new RequestInterval("GET /n", -1, "http-nio-8080-exec-1", 10, 20)));
        assertThat(index.endpointAt(42, "http-nio-8080-exec-1", 15)).isEqualTo(0);
        assertThat(index.endpointAt(42, "other", 15)).isEqualTo(-1);
    }

    @Test
    void byIdWhenKnown_anotherThreadOfTheSameNameIsNotCharged() {
        RequestIndex index = new RequestIndex(List.of(new RequestInterval("GET /c", 29, "slow-server-conn", 10, 20)));
        assertThat(index.endpointAt(29, "slow-server-conn", 15)).isEqualTo(0);
        assertThat(index.endpointAt(30, "slow-server-conn", 15)).isEqualTo(-1);
    }

    @Test
    void agreesWithALinearScanOnRandomIntervals() {
        Random random = new Random(7);
        List<RequestInterval> intervals = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 2_000; i++) {
            long thread = random.nextInt(4);
            t += random.nextInt(50);
            intervals.add(new RequestInterval("e" + random.nextInt(5), thread, null, t, t + random.nextInt(30)));
        }
        // keep per-thread intervals disjoint, as requests on one thread are
        List<RequestInterval> disjoint = new ArrayList<>();
        long[] lastEnd = new long[4];
        for (RequestInterval r : intervals) {
            if (r.startEpochNanos() > lastEnd[(int) r.threadId()]) {
                disjoint.add(r);
                lastEnd[(int) r.threadId()] = r.endEpochNanos();
            }
        }
        RequestIndex index = new RequestIndex(disjoint);
        for (int probe = 0; probe < 5_000; probe++) {
            long thread = random.nextInt(4);
            long at = random.nextInt((int) t + 10);
            String expected = disjoint.stream().filter(r -> r.threadId() == thread && r.startEpochNanos() <= at && at <= r.endEpochNanos())
                    .map(RequestInterval::endpoint).findFirst().orElse(null);
            int found = index.endpointAt(thread, null, at);
            assertThat(found < 0 ? null : index.endpoints().get(found)).as("thread %d at %d", thread, at).isEqualTo(expected);
        }
    }

    @Test
    void badIntervalsAreRefused() {
        assertThatThrownBy(() -> new RequestInterval("x", 1, null, 10, 5)).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new RequestInterval("x", -1, null, 1, 5)).hasMessageContaining("thread id or a thread name");
    }
}
