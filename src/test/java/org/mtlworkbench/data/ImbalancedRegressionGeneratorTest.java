package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class ImbalancedRegressionGeneratorTest {

  @Test
  void targetsFollowTheFormula() {
    ImbalancedRegressionGenerator g = new ImbalancedRegressionGenerator(12, List.of(2.0, 30.0), 5, 4);
    Dataset data = g.generate(40);
    double[][] b = g.shared();
    for (int task = 0; task < 2; task++) {
      double[][] e = g.specific(task);
      double sigma = task == 0 ? 2 : 30;
      for (int r = 0; r < 40; r++) {
        double sum = 0;
        for (int p = 0; p < 5; p++) {
          double z = 0;
          for (int j = 0; j < 12; j++) {
            z += (b[p][j] + e[p][j]) * data.feature(r, j);
          }
          sum += Math.tanh(z);
        }
        double expected = sigma * sum / Math.sqrt(5);
        assertThat((double) data.target("y" + (task + 1)).values()[r])
            .isCloseTo(expected, within(1e-5 * sigma));
      }
    }
  }

  @Test
  void matrixEntriesHaveThePapersVariances() {
    ImbalancedRegressionGenerator g = new ImbalancedRegressionGenerator(250, List.of(1.0, 1.0), 100, 8);
    double[] shared = Arrays.stream(g.shared()).flatMapToDouble(Arrays::stream).toArray();
    double[] specific = Arrays.stream(g.specific(1)).flatMapToDouble(Arrays::stream).toArray();
    // 25,000 entries each: the sample variance is within about 1% of the true one
    assertThat(Math.pow(Stats.std(shared), 2)).isCloseTo(10.0, within(0.4));
    assertThat(Math.pow(Stats.std(specific), 2)).isCloseTo(3.5, within(0.15));
    assertThat(Stats.mean(shared)).isCloseTo(0, within(0.06));
  }

  @Test
  void targetStandardDeviationsScaleWithSigma() {
    Dataset d = new ImbalancedRegressionGenerator(250, List.of(1.0, 10.0, 100.0), 100, 7)
        .generate(3000);
    double s1 = Stats.std(Stats.column(d.target("y1")));
    double s2 = Stats.std(Stats.column(d.target("y2")));
    double s3 = Stats.std(Stats.column(d.target("y3")));
    // Var(y_i) ≈ σ_i² (see the class comment): each std within 15% of its σ
    assertThat(s1).isCloseTo(1, within(0.15));
    assertThat(s2).isCloseTo(10, within(1.5));
    assertThat(s3).isCloseTo(100, within(15.0));
    assertThat(s2 / s1).isCloseTo(10, within(2.0));
    assertThat(s3 / s2).isCloseTo(10, within(2.0));
  }

  @Test
  void tasksShareStructure() {
    // Same σ: the tasks differ only by ε_i, so their targets are clearly correlated but not equal
    Dataset d = new ImbalancedRegressionGenerator(250, List.of(1.0, 1.0), 100, 2).generate(2000);
    double r = Stats.pearson(Stats.column(d.target("y1")), Stats.column(d.target("y2")));
    assertThat(r).isBetween(0.3, 0.98);
  }

  @Test
  void namesAndDeterminism() {
    Dataset a = new ImbalancedRegressionGenerator(4, List.of(1.0, 10.0, 100.0), 3, 1).generate(20);
    assertThat(a.featureNames()).containsExactly("x1", "x2", "x3", "x4");
    assertThat(a.targets()).extracting(TargetColumn::name).containsExactly("y1", "y2", "y3");
    Dataset b = new ImbalancedRegressionGenerator(4, List.of(1.0, 10.0, 100.0), 3, 1).generate(20);
    assertThat(b.features()).isEqualTo(a.features());
    assertThat(b.target("y2").values()).isEqualTo(a.target("y2").values());
  }

  @Test
  void badScalesAreErrors() {
    assertThatThrownBy(() -> new ImbalancedRegressionGenerator(4, List.of(), 3, 1))
        .isInstanceOf(InputException.class)
        .hasMessage("scales: give one scale per task, e.g. [1, 10, 100]");
    assertThatThrownBy(() -> new ImbalancedRegressionGenerator(4, List.of(1.0, -2.0), 3, 1))
        .isInstanceOf(InputException.class)
        .hasMessage("scales[1]: must be a number above 0, got -2.0");
    assertThatThrownBy(() -> new ImbalancedRegressionGenerator(4, List.of(1.0), 0, 1))
        .hasMessage("outputs: must be 1 or more, got 0");
  }
}
