package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtlworkbench.common.InputException;

class CorrelatedRegressionGeneratorTest {

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.5, 0, 0.5, 0.9, 1})
  void weightVectorsHaveUnitNormAndCosineP(double p) {
    double[][] w = new CorrelatedRegressionGenerator(100, 2, p, 7).weights();
    assertThat(Math.sqrt(Stats.dot(w[0], w[0]))).isCloseTo(1, within(1e-12));
    assertThat(Math.sqrt(Stats.dot(w[1], w[1]))).isCloseTo(1, within(1e-12));
    assertThat(Stats.cosine(w[0], w[1])).isCloseTo(p, within(1e-12));
  }

  @Test
  void labelsFollowTheFormulaWithNoiseOfStandardDeviationPointOne() {
    int rows = 5000;
    int d = 20;
    CorrelatedRegressionGenerator g = new CorrelatedRegressionGenerator(d, 2, 0.5, 3);
    Dataset data = g.generate(rows);
    double[][] w = g.weights();
    double[] alpha = g.alphas();
    double[] beta = g.betas();
    assertThat(alpha).hasSize(10);
    for (int k = 0; k < 2; k++) {
      double[] residual = new double[rows];
      for (int r = 0; r < rows; r++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[k][j] * data.feature(r, j);
        }
        double clean = z;
        for (int i = 0; i < 10; i++) {
          clean += Math.sin(alpha[i] * z + beta[i]);
        }
        residual[r] = data.target("y" + (k + 1)).values()[r] - clean;
      }
      // ε ~ N(0, 0.01) read as variance 0.01: the residual's std is 0.1 (± 0.002 at n = 5000)
      assertThat(Stats.mean(residual)).isCloseTo(0, within(0.006));
      assertThat(Stats.std(residual)).isCloseTo(0.1, within(0.005));
    }
    // x ~ N(0, I)
    double[] x0 = new double[rows];
    for (int r = 0; r < rows; r++) {
      x0[r] = data.feature(r, 0);
    }
    assertThat(Stats.mean(x0)).isCloseTo(0, within(0.05));
    assertThat(Stats.std(x0)).isCloseTo(1, within(0.04));
  }

  @Test
  void labelCorrelationRisesWithP() {
    double[] ps = {-0.9, -0.5, 0, 0.5, 0.9, 1};
    double[] r = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Dataset d = new CorrelatedRegressionGenerator(100, 2, ps[i], 5).generate(4000);
      r[i] = Stats.pearson(Stats.column(d.target("y1")), Stats.column(d.target("y2")));
    }
    for (int i = 1; i < ps.length; i++) {
      assertThat(r[i]).as("correlation at p=%s above p=%s", ps[i], ps[i - 1]).isGreaterThan(r[i - 1]);
    }
    assertThat(Math.abs(r[2])).as("p = 0").isLessThan(0.1);
    assertThat(r[4]).as("p = 0.9").isGreaterThan(0.75);
    assertThat(r[5]).as("p = 1: same function, independent noise").isGreaterThan(0.95);
  }

  @Test
  void namesShapeAndDeterminism() {
    CorrelatedRegressionGenerator g = new CorrelatedRegressionGenerator(5, 3, 0.2, 9);
    Dataset a = g.generate(50);
    assertThat(a.featureNames()).containsExactly("x1", "x2", "x3", "x4", "x5");
    assertThat(a.targets()).extracting(TargetColumn::name).containsExactly("y1", "y2", "y3");
    assertThat(a.targets()).extracting(TargetColumn::type).containsOnly(TaskType.REGRESSION);
    assertThat(a.rows()).isEqualTo(50);
    Dataset b = new CorrelatedRegressionGenerator(5, 3, 0.2, 9).generate(50);
    assertThat(b.features()).isEqualTo(a.features());
    assertThat(b.target("y3").values()).isEqualTo(a.target("y3").values());
    assertThat(g.generate(50).features()).as("generate twice").isEqualTo(a.features());
    assertThat(new CorrelatedRegressionGenerator(5, 3, 0.2, 10).generate(50).features())
        .isNotEqualTo(a.features());
  }

  @Test
  void badParametersAreErrors() {
    assertThatThrownBy(() -> new CorrelatedRegressionGenerator(0, 2, 0.5, 1))
        .isInstanceOf(InputException.class).hasMessage("features: must be 1 or more, got 0");
    assertThatThrownBy(() -> new CorrelatedRegressionGenerator(10, 2, 0.5, 1).generate(0))
        .isInstanceOf(InputException.class).hasMessage("rows: must be 1 or more, got 0");
    assertThatThrownBy(() -> new CorrelatedRegressionGenerator(10, 3, -0.9, 1))
        .isInstanceOf(InputException.class).hasMessageStartingWith("correlation: 3 tasks cannot");
  }
}
