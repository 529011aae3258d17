package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.Durations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OptionsTest {
    private static BenchmarkOptions read(Map<String, String> config) {
        return BenchmarkOptions.from(key -> Optional.ofNullable(config.get(key)));
    }

    @ParameterizedTest
    @CsvSource({"5us, 5e-6", "5µs, 5e-6", "250ms, 0.25", "2s, 2", "1.5, 1.5", "100ns, 1e-7", "0, 0", "1e-3s, 0.001"})
    void durations(String text, double seconds) {
        assertThat(Durations.parseSeconds("k", text)).isCloseTo(seconds, within(seconds * 1e-12));
    }

    @Test
    void defaults_arePytestBenchmarksWithAWarmup() {
        assertThat(read(Map.of())).isEqualTo(new BenchmarkOptions(5e-6, 1, 5, 10, true, 0.5, 0, false));
        assertThat(read(Map.of("perfloop.benchmark.warmup", "false")).warms()).isFalse();
        assertThat(read(Map.of("perfloop.benchmark.warmupTime", "0")).warms()).isFalse();
        assertThat(read(Map.of("perfloop.benchmark.warmupTime", "0", "perfloop.benchmark.warmupIterations", "1000")).warms()).isTrue();
    }

    @Test
    void badValues_nameTheKey() {
        assertThatThrownBy(() -> read(Map.of("perfloop.benchmark.maxTime", "1 minute")))
                .hasMessage("perfloop.benchmark.maxTime: cannot read '1 minute' as a duration; use a number with an optional "
                        + "unit ns, us, ms or s (seconds when there is none), e.g. 5us, 250ms, 2s");
        assertThatThrownBy(() -> read(Map.of("perfloop.benchmark.minRounds", "five")))
                .hasMessage("perfloop.benchmark.minRounds: 'five' is not a whole number");
        assertThatThrownBy(() -> read(Map.of("perfloop.benchmark.minRounds", "0")))
                .hasMessage("perfloop.benchmark.minRounds must be at least 1, was 0");
        assertThatThrownBy(() -> read(Map.of("perfloop.benchmark.warmup", "maybe")))
                .hasMessage("perfloop.benchmark.warmup: 'maybe' is not true or false");
    }
}
