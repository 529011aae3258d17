package io.perfloop.agent.output;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SamplerTest {
    @Test
    void keepsEverythingUpToTheCapThenThinsOut() {
        assertThat(LongStream.rangeClosed(1, 20).filter(n -> Sampler.keeps(n, 5)).boxed().toList())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L, 10L, 12L, 15L, 16L, 20L);
    }

    @Test
    void growsLogarithmicallyWithTraffic() {
        long kept = LongStream.rangeClosed(1, 1_000_000).filter(n -> Sampler.keeps(n, 1000)).count();
        // about sampleAfter · (1 + ln(n / sampleAfter)) = 1000 · (1 + 6.9)
        assertThat(kept).isBetween(7_000L, 9_000L);
    }
}
