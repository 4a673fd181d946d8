package org.mtlworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.Progress;

class DurationsTest {
  @Test
  void clockReadsMinutesAndSecondsAndHoursWhenThereAreAny() {
    assertThat(Durations.clock(7.4)).isEqualTo("0:07");
    assertThat(Durations.clock(723)).isEqualTo("12:03");
    assertThat(Durations.clock(3723)).isEqualTo("1:02:03");
    assertThat(Durations.clock(Double.NaN)).isEqualTo("–");
    assertThat(Durations.clock(Double.POSITIVE_INFINITY)).isEqualTo("–");
  }

  @Test
  void progressShowsRateAndEtaOnlyOnceThereIsARate() {
    assertThat(Durations.progress(new Progress(0, 6000, 0, Double.NaN))).isEqualTo("step 0 / 6,000");
    assertThat(Durations.progress(new Progress(1200, 6000, 850.4, 5.6)))
        .isEqualTo("step 1,200 / 6,000 · 850 steps/s · ETA 0:06");
  }
}
