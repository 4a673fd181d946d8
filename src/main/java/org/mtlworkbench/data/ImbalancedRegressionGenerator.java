package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Regression tasks of the same difficulty but very different output scales, after the toy
 * example of Chen et al. 2018, "GradNorm: Gradient Normalization for Adaptive Loss Balancing in
 * Deep Multitask Networks" (ICML), §4 "A Toy Example", Eq. 3:
 *
 * <pre>  f_i(x) = σ_i · tanh((B + ε_i)·x)        (tanh element-wise)</pre>
 *
 * <p>B (P × d) is shared by all tasks, ε_i (P × d) belongs to task i, and σ_i sets the scale of
 * task i, so that the task with the largest σ_i dominates the loss and the shared gradients. The
 * paper uses d = 250 inputs, P = 100 outputs, and draws the entries of B from N(0, 10) and of
 * ε_i from N(0, 3.5); N(μ, v) is read as variance v (standard deviations √10 ≈ 3.16 and
 * √3.5 ≈ 1.87). The paper does not say how x is drawn; we use x ~ N(0, I_d), the same as the
 * other generator.
 *
 * <p>One scalar per task. A dataset here carries one scalar target per task, so the P outputs
 * are reduced to y_i = (σ_i / √P) · Σ_{p=1..P} tanh(((B + ε_i)·x)_p). The 1/√P keeps the paper's
 * per-output variance: the P tanh terms are nearly independent and close to ±1 (their arguments
 * have standard deviation √(d·13.5) ≈ 58, so tanh is saturated), hence Var(y_i) ≈ σ_i², and the
 * scalar task's squared loss has the scale σ_i² that the paper's 100-output task has.
 *
 * <p>Randomness: B then ε_1..ε_K come from {@code new Random(seed)}; the rows from a second
 * stream derived from the seed, so {@link #generate} returns the same rows on every call.
 */
public final class ImbalancedRegressionGenerator {
  /** Variance of the entries of B. */
  public static final double SHARED_VARIANCE = 10.0;
  /** Variance of the entries of ε_i. */
  public static final double TASK_VARIANCE = 3.5;

  private final int features;
  private final int outputs;
  private final double[] scales;
  private final long seed;
  private final double[][] shared;
  private final double[][][] specific;

  /**
   * @param features d (the paper: 250)
   * @param scales σ_1..σ_K, one per task, each above 0
   * @param outputs P (the paper: 100)
   */
  public ImbalancedRegressionGenerator(int features, List<Double> scales, int outputs, long seed) {
    SyntheticNames.requirePositive("features", features);
    SyntheticNames.requirePositive("outputs", outputs);
    this.scales = Scales.positive(scales, 1, "[1, 10, 100]");
    this.features = features;
    this.outputs = outputs;
    this.seed = seed;
    Random rng = new Random(seed);
    this.shared = gaussian(outputs, features, Math.sqrt(SHARED_VARIANCE), rng);
    this.specific = new double[this.scales.length][][];
    for (int i = 0; i < this.scales.length; i++) {
      specific[i] = gaussian(outputs, features, Math.sqrt(TASK_VARIANCE), rng);
    }
  }

  public Dataset generate(int rows) {
    SyntheticNames.requirePositive("rows", rows);
    int d = features;
    int k = scales.length;
    double[][][] a = new double[k][outputs][d]; // B + ε_i
    for (int i = 0; i < k; i++) {
      for (int p = 0; p < outputs; p++) {
        for (int j = 0; j < d; j++) {
          a[i][p][j] = shared[p][j] + specific[i][p][j];
        }
      }
    }
    Random rng = new Random(Shuffle.mix(seed, 1));
    float[] x = new float[rows * d];
    float[][] y = new float[k][rows];
    double norm = 1 / Math.sqrt(outputs);
    for (int r = 0; r < rows; r++) {
      int base = r * d;
      for (int j = 0; j < d; j++) {
        x[base + j] = (float) rng.nextGaussian();
      }
      for (int i = 0; i < k; i++) {
        double sum = 0;
        for (int p = 0; p < outputs; p++) {
          double z = 0;
          double[] row = a[i][p];
          for (int j = 0; j < d; j++) {
            z += row[j] * x[base + j];
          }
          sum += Math.tanh(z);
        }
        y[i][r] = (float) (scales[i] * norm * sum);
      }
    }
    List<TargetColumn> targets = new ArrayList<>();
    List<String> names = SyntheticNames.numbered("y", k);
    for (int i = 0; i < k; i++) {
      targets.add(new TargetColumn(names.get(i), TaskType.REGRESSION, y[i], List.of()));
    }
    return new Dataset("imbalanced-regression (seed " + seed + ")",
        SyntheticNames.numbered("x", d), x, rows, targets);
  }

  private static double[][] gaussian(int rows, int cols, double std, Random rng) {
    double[][] m = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        m[r][c] = std * rng.nextGaussian();
      }
    }
    return m;
  }

  /** B, P × d (a reference: tests only). */
  double[][] shared() {
    return shared;
  }

  /** ε_i, P × d (a reference: tests only). */
  double[][] specific(int task) {
    return specific[task];
  }
}
