package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedBandTest {
  @Test
  void meanAndSampleStdPerStepWorkedOutByHand() {
    SeedBand band = SeedBand.of(
        List.of(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 4}),
        List.of(new double[] {1, 2, 3}, new double[] {3, 2, 7}, new double[] {2, 5, 9}));
    assertThat(band.steps()).containsExactly(1, 2, 3, 4);
    // step 1: 1, 3, 2 -> mean 2; squared deviations 1 + 1 + 0 = 2, / (3 − 1) = 1 -> std 1
    // step 2: 2, 2, 5 -> mean 3; 1 + 1 + 4 = 6, / 2 = 3 -> std √3
    // step 3: 3, 7    -> mean 5; 4 + 4 = 8, / 1 = 8 -> std √8
    // step 4: 9 alone -> mean 9, no spread
    assertThat(band.mean()).containsExactly(new double[] {2, 3, 5, 9}, within(1e-12));
    assertThat(band.std()).containsExactly(new double[] {1, Math.sqrt(3), Math.sqrt(8), 0}, within(1e-12));
    assertThat(band.seeds()).containsExactly(3, 3, 2, 1);
  }

  @Test
  void nanValuesAreLeftOut() {
    SeedBand band = SeedBand.of(List.of(new long[] {0}, new long[] {0}, new long[] {0}),
        List.of(new double[] {1}, new double[] {Double.NaN}, new double[] {3}));
    // 1 and 3: mean 2, squared deviations 1 + 1 = 2, / 1 -> std √2
    assertThat(band.mean()[0]).isEqualTo(2.0);
    assertThat(band.std()[0]).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(band.seeds()[0]).isEqualTo(2);
  }
}
