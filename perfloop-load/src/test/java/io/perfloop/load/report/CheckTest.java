package io.perfloop.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.SecondSeries;

class CheckTest {
    /** 1000 requests at 1..1000 ms (corrected) and a tenth of that as service time; 20 errors; 10 s. */
    static Run run() {
        Histogram c = new Histogram(3);
        Histogram s = new Histogram(3);
        for (int i = 1; i <= 1000; i++) {
            c.recordValue(i * 1000L);
            s.recordValue(i * 100L);
        }
        EndpointResult e = new EndpointResult("GET /orders/{id}", 1000, 20, Map.of("timeout", 5L, "dropped", 10L),
                Map.of("2xx", 985L, "5xx", 5L), 0, 0, LatencySummary.ofMicros(c), LatencySummary.ofMicros(s),
                SecondSeries.empty());
        EndpointResult all = new EndpointResult("ALL", 1000, 20, e.errorsByKind(), e.statusClasses(), 0, 0,
                e.corrected(), e.service(), SecondSeries.empty());
        return new Run(Run.FORMAT, "x", null, null, List.of(e), all, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p99<1s|true|990ms", "p99<990ms|false|990ms", "p99<=991ms|true|990ms", "p50>400ms|true|500ms",
            "service.p99<100ms|true|99.01ms", "max<1000000us|false|1.00s", "errors<1%|false|2.00%",
            "errors<=20|true|20", "dropped<2%|true|1.00%", "rate>=100|true|100.0/s", "rate>100|false|100.0/s",
            "GET /orders/{id}:p90<901ms|true|900ms", "GET /nope:p99<1s|false|no such endpoint"})
    void evaluates(String expression, boolean passed, String actual) {
        var result = Check.parse(expression).evaluate(run(), 10);
        assertThat(result.passed()).as(expression).isEqualTo(passed);
        assertThat(result.actual()).isEqualTo(actual);
    }

    @Test
    void badChecksSayWhatIsAccepted() {
        assertThatThrownBy(() -> Check.parse("p98<1s")).hasMessageContaining("expected [ENDPOINT:]METRIC OP VALUE");
        assertThatThrownBy(() -> Check.parse("p99<5%")).hasMessageContaining("latency takes us, ms or s");
        assertThatThrownBy(() -> Check.parse("errors<5ms")).hasMessageContaining("takes a count or a %");
    }
}
