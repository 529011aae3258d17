package io.perfloop.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComparisonJsonTest {

    @Test
    void roundTrip_keepsEverything() {
        for (ComparisonResult result : new ComparisonResult[] {ComparisonExample.windows(), ComparisonExample.threeRepetitions()}) {
            String json = ComparisonJson.write(result);
            assertThat(ComparisonJson.read(json)).isEqualTo(result);
        }
    }

    @Test
    void undeterminedValues_areWrittenAsNamedStrings() {
        String json = ComparisonJson.write(ComparisonExample.threeRepetitions());
        assertThat(json).contains("\"verdict\" : \"INSUFFICIENT_DATA\"", "\"pAdjusted\" : \"NaN\"", "\"method\" : \"EXACT\"",
                "\"direction\" : \"LOWER_IS_BETTER\"");
    }

    @Test
    void garbage_isRejectedClearly() {
        assertThatThrownBy(() -> ComparisonJson.read("{\"options\": 3}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a comparison result");
    }
}
