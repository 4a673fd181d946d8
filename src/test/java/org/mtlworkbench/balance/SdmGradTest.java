package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SdmGradTest {

  /**
   * Second implementation on the vectors, after the authors' code: GG from the gradient vectors
   * scaled by the squared mean norm, Gg its row means; per training step a fresh SGD (rate 5,
   * momentum 0.5) on ½wᵀGGw + λwᵀGg with a Euclidean projection onto the simplex after each of
   * its steps, w kept between training steps; d = (Gᵀw + λ·mean g)/(1 + λ).
   */
  static final class Reference {
    private final double lambda;
    private final int iterations;
    private final double[] w;

    Reference(int k, double lambda, int iterations) {
      this.lambda = lambda;
      this.iterations = iterations;
      this.w = new double[k];
      Arrays.fill(w, 1.0 / k);
    }

    double[] step(double[][] g) {
      int k = g.length;
      double scale = 0;
      for (double[] gi : g) {
        scale += Vectors.norm(gi) / k;
      }
      double[][] gg = Vectors.gram(g);
      double[] gMean = new double[k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          gg[i][j] /= scale * scale;
        }
      }
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          gMean[i] += gg[i][j] / k;
        }
      }
      double[] buffer = null;
      for (int it = 0; it < iterations; it++) {
        double[] grad = new double[k];
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            grad[i] += gg[i][j] * w[j];
          }
          grad[i] += lambda * gMean[i];
        }
        if (buffer == null) {
          buffer = grad;
        } else {
          for (int i = 0; i < k; i++) {
            buffer[i] = 0.5 * buffer[i] + grad[i];
          }
        }
        for (int i = 0; i < k; i++) {
          w[i] -= 5 * buffer[i];
        }
        projectBySorting(w);
      }
      double[] d = Vectors.combine(w, g);
      for (double[] gi : g) {
        for (int j = 0; j < d.length; j++) {
          d[j] += lambda * gi[j] / k;
        }
      }
      for (int j = 0; j < d.length; j++) {
        d[j] /= 1 + lambda;
      }
      return d;
    }

    /** The authors' projection: sort descending, cumulative sums, threshold θ. */
    private static void projectBySorting(double[] v) {
      int n = v.length;
      double[] u = v.clone();
      Arrays.sort(u);
      double cumulative = 0;
      double theta = 0;
      for (int i = 0; i < n; i++) {
        double ui = u[n - 1 - i];
        cumulative += ui;
        if (ui * (i + 1) > cumulative - 1) {
          theta = (cumulative - 1) / (i + 1);
        }
      }
      for (int i = 0; i < n; i++) {
        v[i] = Math.max(0, v[i] - theta);
      }
    }
  }

  @Test
  void matchesTheAuthorsLoopOnVectorsOverSeveralSteps() {
    Random r = new Random(96);
    for (double lambda : new double[] {0.3, 0, 2}) {
      SdmGrad s = new SdmGrad(3, lambda, 20);
      Reference reference = new Reference(3, lambda, 20);
      for (int step = 0; step < 5; step++) {
        double[][] g = Vectors.random(r, 3, 6);
        double[] expected = reference.step(g);
        assertThat(Vectors.direction(s, g)).as("lambda %s step %d", lambda, step)
            // rate 5 on a scale-1 problem amplifies rounding (BLAS Gram against loops): 10⁻⁶
            .containsExactly(expected, within(1e-6 * (1 + Vectors.norm(expected))));
      }
    }
  }

  @Test
  void aLargeLambdaGivesTheMeanGradient() {
    double[][] g = {{-4, 1, 1}, {6, 1, 1}};
    assertThat(Vectors.direction(new SdmGrad(2, 1e9, 20), g)).containsExactly(new double[] {1, 1, 1}, within(1e-8));
  }
}
