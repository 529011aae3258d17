package io.perfloop.profile;

import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.testapp.ShortSpin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code perfloop profile -- java …}: the program runs with the profilers, its exit code comes back, files and findings are left. */
class StandaloneProfileTest {

    @Test
    void launch_profilesTheProgramAndKeepsItsExitCode(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StandaloneProfile.Result r = StandaloneProfile.launch(List.of(java, "-cp", System.getProperty("java.class.path"),
                ShortSpin.class.getName()), dir, RecordingOptions.defaults(), AnalysisOptions.defaults(), RuleConfig.defaults());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(dir.resolve("cpu.jfr")).isRegularFile();
        assertThat(dir.resolve("profile.jfr")).isRegularFile();
        assertThat(dir.resolve("cpu.html")).isRegularFile();
        assertThat(dir.resolve("allocation.html")).isRegularFile();
        assertThat(r.analysis().overall().methodsByOwn().get(0).method()).isEqualTo("io.perfloop.profile.testapp.HotLoop.mix");
        assertThat(r.text(10)).contains("HotLoop.mix").contains("findings");
    }

    @Test
    void launch_refusesWhatIsNotAJavaCommand(@TempDir Path dir) {
        assertThatThrownBy(() -> StandaloneProfile.launch(List.of("mvn", "spring-boot:run"), dir, RecordingOptions.defaults(),
                AnalysisOptions.defaults(), RuleConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a java command").hasMessageContaining("--pid");
    }
}
