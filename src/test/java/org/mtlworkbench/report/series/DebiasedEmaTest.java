package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DebiasedEmaTest {
  @Test
  void matchesTheWeightedAverageWorkedOutByHand() {
    // w = 0.5 on 4, 8, 2: the debiased value is the average with weights 0.5^(t-k)·0.5, normalised:
    // s1 = 4; s2 = (0.5·8 + 0.25·4) / 0.75 = 6.6667; s3 = (0.5·2 + 0.25·8 + 0.125·4) / 0.875 = 4.
    DebiasedEma ema = new DebiasedEma(0.5);
    assertThat(ema.next(4)).isCloseTo(4.0, within(1e-12));
    assertThat(ema.next(8)).isCloseTo(5.0 / 0.75, within(1e-12));
    assertThat(ema.next(2)).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void aConstantSeriesStaysConstantFromTheFirstStep() {
    DebiasedEma ema = new DebiasedEma(0.99);
    for (int i = 0; i < 50; i++) {
      assertThat(ema.next(3.0)).isCloseTo(3.0, within(1e-9));
    }
  }

  @Test
  void weightZeroLeavesTheSeriesAndNanIsSkippedWithoutDisturbingTheState() {
    float[] in = {1, Float.NaN, 3};
    float[] out = new float[3];
    new DebiasedEma(0).apply(in, 0, 3, out);
    assertThat(out).containsExactly(1f, Float.NaN, 3f);

    DebiasedEma ema = new DebiasedEma(0.5);
    ema.next(4);
    assertThat(ema.next(Double.NaN)).isNaN();
    assertThat(ema.next(8)).isCloseTo(5.0 / 0.75, within(1e-12)); // as if the NaN were not there
  }

  @Test
  void aWeightOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> new DebiasedEma(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DebiasedEma(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
