package io.perfloop.load.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.perfloop.load.source.RequestSpec;
import io.perfloop.load.source.SourceIterator;

class PacingTest {
    static RequestSpec at(long millis, boolean secondResolution, long line) {
        return new RequestSpec("GET", "/r" + line, null, null, millis, secondResolution, line);
    }

    static SourceIterator of(List<RequestSpec> list) {
        Iterator<RequestSpec> it = list.iterator();
        return new SourceIterator() {
            public boolean hasNext() { return it.hasNext(); }
            public RequestSpec next() { return it.next(); }
            public void close() { }
        };
    }

    static List<Long> offsetsMillis(Schedule s) {
        List<Long> out = new ArrayList<>();
        s.forEachRemaining(r -> out.add(r.offsetNanos() / 1_000_000));
        return out;
    }

    @Test
    void requestsSharingALogSecondAreSpreadOverIt() {
        List<RequestSpec> log = List.of(at(0, true, 1), at(0, true, 2), at(0, true, 3), at(0, true, 4),
                at(1000, true, 5));
        assertThat(offsetsMillis(new ReplaySchedule(of(log), 1, 10_000_000_000L, 100)))
                .containsExactly(0L, 250L, 500L, 750L, 1000L);
    }

    @Test
    void speedScalesAndMaxIdleCapsGaps() {
        List<RequestSpec> log = List.of(at(0, false, 1), at(400, false, 2), at(3_600_400, false, 3), at(3_600_600, false, 4));
        // 1 h gap capped to 2 s, then everything halved
        assertThat(offsetsMillis(new ReplaySchedule(of(log), 2, 2_000_000_000L, 100)))
                .containsExactly(0L, 200L, 1200L, 1300L);
    }

    @Test
    void outOfOrderLinesAreSortedWithinTheWindowAndPinnedBeyondIt() {
        List<RequestSpec> log = List.of(at(100, false, 1), at(300, false, 2), at(200, false, 3), at(400, false, 4),
                at(500, false, 5), at(600, false, 6), at(50, false, 7), at(700, false, 8));
        ReplaySchedule s = new ReplaySchedule(of(log), 1, 10_000_000_000L, 2);
        List<String> order = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        s.forEachRemaining(r -> {
            order.add(r.request().target());
            offsets.add(r.offsetNanos() / 1_000_000);
        });
        // line 7 (50 ms) enters the window when 400 ms was already reached: sent at once, at 400 ms
        assertThat(order).containsExactly("/r1", "/r3", "/r2", "/r4", "/r7", "/r5", "/r6", "/r8");
        assertThat(offsets).isSorted();
        assertThat(s.lateRecords()).isEqualTo(1);
    }

    @Test
    void replayNeedsTimestamps() {
        List<RequestSpec> log = List.of(new RequestSpec("GET", "/", null, null, RequestSpec.NO_TIMESTAMP, false, 1));
        assertThatThrownBy(() -> new ReplaySchedule(of(log), 1, 1_000_000_000L, 10).hasNext())
                .hasMessageContaining("no timestamp").hasMessageContaining("--rate");
    }

    @Test
    void fixedRateAndLinearRamp() {
        List<RequestSpec> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(at(0, false, i));
        }
        assertThat(offsetsMillis(new RateSchedule(of(many), 10, 0, 1_000_000_000L, Long.MAX_VALUE)))
                .containsExactly(0L, 100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L);
        // ramp 0 -> 100/s over 2 s: 100 requests in the ramp, then 100/s for the third second
        List<Long> ramped = offsetsMillis(new RateSchedule(of(many), 100, 2_000_000_000L, 3_000_000_000L, Long.MAX_VALUE));
        assertThat(ramped).hasSize(200);
        assertThat(ramped.stream().filter(t -> t < 1000).count()).isEqualTo(25); // N(1s) = 100·1²/(2·2)
        assertThat(ramped.stream().filter(t -> t >= 2000).count()).isEqualTo(100);
    }

    @Test
    void durationsAndSpeeds() {
        assertThat(Durations.parseNanos("250ms")).isEqualTo(250_000_000L);
        assertThat(Durations.parseNanos("2m")).isEqualTo(120_000_000_000L);
        assertThat(Durations.parseNanos("3")).isEqualTo(3_000_000_000L);
        assertThat(Durations.parseSpeed("2x")).isEqualTo(2.0);
        assertThat(Durations.parseSpeed("50%")).isEqualTo(0.5);
        assertThatThrownBy(() -> Durations.parseSpeed("0x")).hasMessageContaining("not a speed");
        assertThatThrownBy(() -> Durations.parseNanos("soon")).hasMessageContaining("not a duration");
    }
}
