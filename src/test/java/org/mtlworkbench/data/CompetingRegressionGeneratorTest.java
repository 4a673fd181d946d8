package org.mtlworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

/** The staged truth of the competing tasks, checked on generated rows. */
class CompetingRegressionGeneratorTest {
  private static final int D = 20;
  private static final int ROWS = 20_000;

  @Test
  void eachTaskReadsItsOwnOrthogonalDirectionAtItsScale() {
    CompetingRegressionGenerator g = new CompetingRegressionGenerator(D, List.of(1.0, 1.25), 7);
    double[][] u = g.directions();
    assertThat(Stats.dot(u[0], u[1])).isCloseTo(0.0, within(1e-12));
    assertThat(Stats.dot(u[0], u[0])).isCloseTo(1.0, within(1e-12));
    Dataset data = g.generate(ROWS);
    double[] y1 = Stats.column(data.target("y1"));
    double[] y2 = Stats.column(data.target("y2"));
    // Var(y_k) = σ_k²·(1 + 0.1²); the tasks are uncorrelated
    assertThat(Math.pow(Stats.std(y1), 2)).isCloseTo(1.01, within(0.04));
    assertThat(Math.pow(Stats.std(y2), 2)).isCloseTo(1.5625 * 1.01, within(0.06));
    assertThat(Stats.pearson(y1, y2)).isCloseTo(0.0, within(0.03));
    // row r of y1 is u_1·x_r plus noise of standard deviation 0.1
    double ss = 0;
    for (int r = 0; r < ROWS; r++) {
      double z = 0;
      for (int j = 0; j < D; j++) {
        z += u[0][j] * data.feature(r, j);
      }
      ss += (y1[r] - z) * (y1[r] - z);
    }
    assertThat(Math.sqrt(ss / ROWS)).isCloseTo(0.1, within(0.005));
  }

  /**
   * Through one linear unit w with a linear head per task fitted to it, the two tasks' gradients
   * on w point apart at every compromise between their directions (cosine −1 for the population
   * loss), while a unit on one task's own direction leaves that task nothing to ask for.
   */
  @Test
  void theTrueGradientsOnTheBottleneckPointApart() {
    CompetingRegressionGenerator g = new CompetingRegressionGenerator(D, List.of(1.0, 1.25), 3);
    double[][] u = g.directions();
    Dataset data = g.generate(ROWS);
    double[][] y = {Stats.column(data.target("y1")), Stats.column(data.target("y2"))};
    for (double alpha : new double[] {0.3, Math.sqrt(0.5), 0.9}) {
      double beta = Math.sqrt(1 - alpha * alpha);
      double[] w = new double[D];
      for (int j = 0; j < D; j++) {
        w[j] = alpha * u[0][j] + beta * u[1][j];
      }
      double[] g1 = gradientOnUnit(data, w, y[0]);
      double[] g2 = gradientOnUnit(data, w, y[1]);
      assertThat(Stats.cosine(g1, g2)).as("α = %s", alpha).isLessThan(-0.97);
    }
    double[] g1Alone = gradientOnUnit(data, u[0], y[0]);
    double[] half = new double[D];
    for (int j = 0; j < D; j++) {
      half[j] = Math.sqrt(0.5) * (u[0][j] + u[1][j]);
    }
    assertThat(Math.sqrt(Stats.dot(g1Alone, g1Alone))).isLessThan(0.05 * Math.sqrt(Stats.dot(gradientOnUnit(data, half, y[0]),
        gradientOnUnit(data, half, y[0]))));
  }

  @Test
  void badScalesAreOneLineErrors() {
    assertThatThrownBy(() -> new CompetingRegressionGenerator(5, List.of(1.0), 1)).isInstanceOf(InputException.class)
        .hasMessageContaining("scales: give one scale per task, at least two");
    assertThatThrownBy(() -> new CompetingRegressionGenerator(5, List.of(1.0, -2.0), 1)).isInstanceOf(InputException.class)
        .hasMessage("scales[1]: must be a number above 0, got -2.0");
    assertThatThrownBy(() -> new CompetingRegressionGenerator(1, List.of(1.0, 1.0), 1)).isInstanceOf(InputException.class)
        .hasMessageContaining("features");
  }

  @Test
  void theSameSeedGivesTheSameRows() {
    float[] a = new CompetingRegressionGenerator(D, List.of(1.0, 1.25), 5).generate(50).target("y2").values();
    float[] b = new CompetingRegressionGenerator(D, List.of(1.0, 1.25), 5).generate(50).target("y2").values();
    assertThat(a).containsExactly(b);
  }

  /** ∂/∂w of mean_r (a·wᵀx_r − y_r)² with the head a fitted by least squares to h = Xw. */
  private static double[] gradientOnUnit(Dataset data, double[] w, double[] y) {
    double[] h = new double[ROWS];
    double hh = 0;
    double hy = 0;
    for (int r = 0; r < ROWS; r++) {
      for (int j = 0; j < D; j++) {
        h[r] += w[j] * data.feature(r, j);
      }
      hh += h[r] * h[r];
      hy += h[r] * y[r];
    }
    double a = hy / hh;
    double[] grad = new double[D];
    for (int r = 0; r < ROWS; r++) {
      double e = 2 * (a * h[r] - y[r]) * a / ROWS;
      for (int j = 0; j < D; j++) {
        grad[j] += e * data.feature(r, j);
      }
    }
    return grad;
  }
}
