package org.mtlworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.Progress;

class DurationsTest {
  @Test
  void progressShowsRateAndEtaOnlyOnceThereIsARate() {
    assertThat(Durations.progress(new Progress(0, 6000, 0, Double.NaN))).isEqualTo("step 0 / 6,000");
    assertThat(Durations.progress(new Progress(1200, 6000, 850.4, 5.6)))
        .isEqualTo("step 1,200 / 6,000 · 850 steps/s · ETA 0:06");
  }
}
