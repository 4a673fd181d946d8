package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

  private static Dataset rows(float[][] r) {
    int d = r[0].length;
    float[] x = new float[r.length * d];
    for (int i = 0; i < r.length; i++) {
      System.arraycopy(r[i], 0, x, i * d, d);
    }
    return new Dataset("t", List.of("a", "b", "c"), x, r.length, List.of());
  }

  @Test
  void usesTrainingStatisticsOnly() {
    // train column a: 1, 3, 5 → mean 3, population variance (4+0+4)/3 = 8/3, σ = 1.632993
    // train column b: 10, 10, 10 → constant: σ taken as 1
    // train column c: 0, 0, 6 → mean 2, variance (4+4+16)/3 = 8, σ = 2.828427
    Dataset train = rows(new float[][] {{1, 10, 0}, {3, 10, 0}, {5, 10, 6}});
    // validation far away: if its statistics leaked in, it would come out centred
    Dataset validation = rows(new float[][] {{103, 20, 2}, {-97, 0, 2}});
    Standardizer s = Standardizer.fit(train);
    assertThat(s.mean()).containsExactly(new double[] {3, 10, 2}, within(1e-12));
    assertThat(s.std()).containsExactly(
        new double[] {Math.sqrt(8.0 / 3), 1, Math.sqrt(8)}, within(1e-12));

    float[] v = s.apply(validation).features();
    assertThat(v[0]).isCloseTo((float) (100 / Math.sqrt(8.0 / 3)), within(1e-3f)); // 61.2372
    assertThat(v[1]).isCloseTo(10f, within(1e-6f));
    assertThat(v[2]).isCloseTo(0f, within(1e-6f));
    assertThat(v[3]).isCloseTo((float) (-100 / Math.sqrt(8.0 / 3)), within(1e-3f));
    assertThat(v[4]).isCloseTo(-10f, within(1e-6f));

    float[] t = s.apply(train).features();
    assertThat(t).containsExactly(new float[] {
        -1.224745f, 0, -0.707107f, 0, 0, -0.707107f, 1.224745f, 0, 1.414214f}, within(1e-5f));
    // the originals are untouched
    assertThat(train.features()[0]).isEqualTo(1f);
    assertThat(validation.features()[0]).isEqualTo(103f);
  }

  @Test
  void constantColumnGivesZerosNotNan() {
    Dataset train = rows(new float[][] {{0.1f, 0.1f, 0.1f}, {0.1f, 0.1f, 0.1f}});
    float[] t = Standardizer.fit(train).apply(train).features();
    for (float f : t) {
      assertThat(f).isZero();
    }
  }

  @Test
  void emptySplitIsFine() {
    Dataset train = rows(new float[][] {{1, 2, 3}, {3, 4, 5}});
    Dataset empty = new Dataset("t", List.of("a", "b", "c"), new float[0], 0, List.of());
    assertThat(Standardizer.fit(train).apply(empty).rows()).isZero();
  }
}
