package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtlworkbench.common.InputException;

class EqualCosineVectorsTest {

  @Test
  void twoTasksGiveThePapersConstruction() {
    // Ma et al. Eq. 2: w1 = c·u1, w2 = c·(p·u1 + √(1−p²)·u2), i.e. L = [[1, 0], [p, √(1−p²)]]
    double p = 0.6;
    double[][] l = EqualCosineVectors.cholesky(EqualCosineVectors.gram(2, p));
    assertThat(l[0]).containsExactly(new double[] {1, 0}, within(1e-15));
    assertThat(l[1]).containsExactly(new double[] {0.6, 0.8}, within(1e-15));
  }

  @Test
  void basisIsOrthonormal() {
    double[][] u = EqualCosineVectors.orthonormal(20, 5, new Random(3));
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        assertThat(Stats.dot(u[i], u[j])).isCloseTo(i == j ? 1 : 0, within(1e-12));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2, -1", "2, -0.3", "2, 0", "2, 1", "3, 0.3", "3, -0.5", "4, 0.9", "4, 1", "5, -0.25"})
  void everyPairHasCosineP(int k, double p) {
    double c = 2.5;
    double[][] w = EqualCosineVectors.draw(30, k, p, c, new Random(11));
    for (int i = 0; i < k; i++) {
      assertThat(Math.sqrt(Stats.dot(w[i], w[i]))).isCloseTo(c, within(1e-12));
      for (int j = i + 1; j < k; j++) {
        assertThat(Stats.cosine(w[i], w[j])).isCloseTo(p, within(1e-12));
      }
    }
  }

  @Test
  void impossibleCorrelationsAreErrors() {
    assertThatThrownBy(() -> EqualCosineVectors.draw(10, 3, -0.6, 1, new Random(1)))
        .isInstanceOf(InputException.class)
        .hasMessage("correlation: 3 tasks cannot all have pairwise cosine -0.6; the lowest"
            + " possible is -1/(tasks-1) = -0.5");
    assertThatThrownBy(() -> EqualCosineVectors.draw(10, 2, 1.5, 1, new Random(1)))
        .hasMessage("correlation: must be between -1 and 1, got 1.5");
    assertThatThrownBy(() -> EqualCosineVectors.draw(2, 3, 0.5, 1, new Random(1)))
        .hasMessage("features: 2 features cannot hold 3 orthogonal task directions; use at least 3");
  }
}
