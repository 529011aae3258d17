package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.ColdStart;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** hyperfine's modified Z-score rule on generated rounds. */
class ColdStartTest {
    private static double[] warmRounds(int n, long seed) {
        Random random = new Random(seed);
        return Arrays.stream(new double[n]).map(x -> 100e-9 * (1 + 0.01 * random.nextGaussian())).toArray();
    }

    @Test
    void slowFirstCalibrationRun_isCold() {
        var finding = ColdStart.check(new double[] {5e-3}, warmRounds(200, 1)).orElseThrow();
        assertThat(finding.coldValues()).isEqualTo(1);
        assertThat(finding.coldRounds()).isZero();
        assertThat(finding.ratio()).isGreaterThan(40_000);
        assertThat(finding.describe()).startsWith("the first timed run took 5.00 ms per call, ");
    }

    @Test
    void interpretedLeadingRounds_areCountedAsColdRoundsInTheStatistics() {
        double[] rounds = warmRounds(200, 2);
        for (int i = 0; i < 7; i++) {
            rounds[i] = 3e-6;   // interpreted: 30× slower
        }
        var finding = ColdStart.check(new double[0], rounds).orElseThrow();
        assertThat(finding.coldRounds()).isEqualTo(7);
        assertThat(finding.describe()).contains("7 cold rounds are in the statistics");
    }

    @Test
    void smallBlipOnATightDistribution_isNotCold() {
        double[] rounds = warmRounds(200, 3);
        rounds[0] = 110e-9;   // 10 MADs... and far more: MAD is ~0.7 ns; but only 1.1× the median
        assertThat(ColdStart.check(new double[0], rounds)).isEmpty();
    }

    @Test
    void outlierLaterInTheRun_isNotACold_start() {
        double[] rounds = warmRounds(200, 4);
        rounds[100] = 1e-3;   // a preempted round in the middle
        assertThat(ColdStart.check(new double[] {101e-9}, rounds)).isEmpty();
    }

    @Test
    void tooFewRounds_areNotJudged() {
        assertThat(ColdStart.check(new double[] {1}, new double[] {1e-9, 1e-9})).isEmpty();
    }
}
