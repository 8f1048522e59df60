package org.vfmigrate.backend.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank and medians of repeated runs, as the benchmark report states them. */
class SamplesTest {

    @Test
    void percentilesAreTheNearestRankInMilliseconds() {
        Samples samples = new Samples();
        for (int ms = 200; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }

        assertThat(samples.percentileMs(50)).isEqualTo(100.0);
        assertThat(samples.percentileMs(99)).isEqualTo(198.0);
        assertThat(samples.percentileMs(100)).isEqualTo(200.0);
        assertThat(samples.summary()).containsEntry("count", 200).containsEntry("p90_ms", 180.0);
    }

    @Test
    void oneSampleIsEveryPercentileAndNoneIsAnError() {
        Samples one = new Samples();
        one.add(3_500_000L);

        assertThat(one.percentileMs(1)).isEqualTo(3.5);
        assertThat(one.percentileMs(99)).isEqualTo(3.5);
        assertThatThrownBy(() -> new Samples().percentileMs(50)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValue() {
        assertThat(Samples.median(List.of(3, 1, 2))).isEqualTo(2.0);
        assertThat(Samples.median(List.of(1.068, 1.2, 1.01, 1.1))).isEqualTo(1.068);
    }
}
