package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Regression tasks whose relatedness is set by one number, after Ma et al. 2018, "Modeling Task
 * Relationships in Multi-task Learning with Multi-gate Mixture-of-Experts" (KDD), §3.2.
 *
 * <p>Given d features, K tasks and a task correlation p: unit vectors u_k orthogonal to each
 * other, weights w_1 = c·u_1, w_2 = c·(p·u_1 + √(1−p²)·u_2) (Eq. 2; for K &gt; 2 every pair has
 * cosine p, see {@link EqualCosineVectors}), inputs x ~ N(0, I_d), and
 *
 * <pre>  y_k = w_kᵀx + Σ_{i=1..m} sin(α_i·w_kᵀx + β_i) + ε_k        (Eq. 3, 4)</pre>
 *
 * <p>with the same α_i, β_i for every task. The paper manipulates the cosine of the weight
 * vectors, not the label correlation; in the linear case the label Pearson correlation would be
 * exactly p.
 *
 * <p>Constants. The paper states only ε_k ~ N(0, 0.01) i.i.d.; it calls α_i, β_i "given
 * parameters" and leaves c and m open. We use c = 1, m = 10 and draw α_i, β_i ~ N(0, 0.01) once
 * per dataset. N(μ, v) is read as variance v throughout (the usual notation): ε, α and β have
 * standard deviation 0.1. With α that small each sinusoid is close to linear in w_kᵀx, so the
 * label correlation stays close to p.
 *
 * <p>Randomness: u, α, β come from {@code new Random(seed)}; the rows from a second stream
 * derived from the seed, so {@link #generate} returns the same rows on every call.
 */
public final class CorrelatedRegressionGenerator {
  /** c, the norm of every weight vector. */
  public static final double SCALE = 1.0;
  /** m, the number of sinusoids. */
  public static final int SINUSOIDS = 10;
  /** Standard deviation of α_i and β_i (variance 0.01). */
  public static final double SHAPE_STD = 0.1;
  /** Standard deviation of the label noise ε (variance 0.01, as in the paper). */
  public static final double NOISE_STD = 0.1;

  private final int features;
  private final int tasks;
  private final double correlation;
  private final long seed;
  private final double[][] weights;
  private final double[] alpha = new double[SINUSOIDS];
  private final double[] beta = new double[SINUSOIDS];

  /**
   * @param features d ≥ tasks
   * @param tasks K ≥ 1
   * @param correlation p, between −1/(K−1) (−1 for two tasks) and 1
   */
  public CorrelatedRegressionGenerator(int features, int tasks, double correlation, long seed) {
    SyntheticNames.requirePositive("features", features);
    SyntheticNames.requirePositive("tasks", tasks);
    this.features = features;
    this.tasks = tasks;
    this.correlation = correlation;
    this.seed = seed;
    Random rng = new Random(seed);
    this.weights = EqualCosineVectors.draw(features, tasks, correlation, SCALE, rng);
    for (int i = 0; i < SINUSOIDS; i++) {
      alpha[i] = SHAPE_STD * rng.nextGaussian();
      beta[i] = SHAPE_STD * rng.nextGaussian();
    }
  }

  public Dataset generate(int rows) {
    SyntheticNames.requirePositive("rows", rows);
    Random rng = new Random(Shuffle.mix(seed, 1));
    int d = features;
    float[] x = new float[rows * d];
    float[][] y = new float[tasks][rows];
    for (int r = 0; r < rows; r++) {
      int base = r * d;
      for (int j = 0; j < d; j++) {
        x[base + j] = (float) rng.nextGaussian();
      }
      for (int k = 0; k < tasks; k++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += weights[k][j] * x[base + j];
        }
        y[k][r] = (float) (signal(z) + NOISE_STD * rng.nextGaussian());
      }
    }
    List<TargetColumn> targets = new ArrayList<>();
    List<String> names = SyntheticNames.numbered("y", tasks);
    for (int k = 0; k < tasks; k++) {
      targets.add(new TargetColumn(names.get(k), TaskType.REGRESSION, y[k], List.of()));
    }
    return new Dataset(
        "correlated-regression (correlation " + correlation + ", seed " + seed + ")",
        SyntheticNames.numbered("x", d), x, rows, targets);
  }

  /** z + Σ_i sin(α_i z + β_i): the noise-free label for z = w_kᵀx. */
  double signal(double z) {
    double s = z;
    for (int i = 0; i < SINUSOIDS; i++) {
      s += Math.sin(alpha[i] * z + beta[i]);
    }
    return s;
  }

  /** The weight vectors w_k, one per row (copies). */
  double[][] weights() {
    double[][] copy = new double[tasks][];
    for (int k = 0; k < tasks; k++) {
      copy[k] = weights[k].clone();
    }
    return copy;
  }

  double[] alphas() {
    return alpha.clone();
  }

  double[] betas() {
    return beta.clone();
  }
}
