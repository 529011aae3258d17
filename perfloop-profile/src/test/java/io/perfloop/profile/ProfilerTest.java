package io.perfloop.profile;

import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.record.CpuSampler;
import io.perfloop.profile.testapp.Allocations;
import io.perfloop.profile.testapp.HotLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Profiler.profile(() -> work)} in this JVM: the table is printed and returned, findings and flame graph follow. */
class ProfilerTest {

    @Test
    void profilesABlockAndPrintsThePstatsTable(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Profile p = Profiler.builder().printTo(new PrintStream(printed, true, StandardCharsets.UTF_8)).keepRecordingsIn(dir)
                .run(() -> {
                    HotLoop.spin(400_000_000L);
                    for (int i = 0; i < 5; i++) {
                        Allocations.renderReport(2048);
                    }
                });
        String table = printed.toString(StandardCharsets.UTF_8);
        System.out.println(table);
        assertThat(table).isEqualTo(p.table())
                .contains("CPU, top 20 by total (cumulative) share:")
                .contains("io.perfloop.profile.testapp.HotLoop.mix");
        MethodStat top = p.analysis().overall().methodsBySelf().get(0);
        assertThat(top.method()).isEqualTo("io.perfloop.profile.testapp.HotLoop.mix");
        assertThat(p.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("hot-method"));
        assertThat(p.files().sampler()).isEqualTo(CpuSampler.ASYNC_PROFILER);
        assertThat(p.files().paths()).hasSize(2).allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(p.analysis().overall().allocationSites()).anySatisfy(a -> assertThat(a.site()).contains("Allocations.renderReport"));
        Path html = p.writeFlameGraph(dir.resolve("cpu.html"));
        assertThat(Files.readString(html)).contains("io.perfloop.profile.testapp.HotLoop.mix");
    }

    @Test
    void temporaryRecordingsAreDeletedAndWorkFailuresPropagate() {
        Profile p = Profiler.builder().printTo(null).run(() -> HotLoop.spin(50_000_000L));
        assertThat(p.files()).isNull();
        assertThatThrownBy(() -> Profiler.builder().printTo(null).run(() -> {
            throw new java.io.IOException("disk gone");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("disk gone");
        // the failed run released the profiler: a new one starts
        assertThat(Profiler.builder().printTo(null).run(() -> { }).analysis()).isNotNull();
    }
}
