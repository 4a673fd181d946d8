package org.mtlworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tasks that compete for a too-narrow shared layer: a staged gradient conflict whose truth is
 * known by construction. Each task reads its own direction of the input,
 *
 * <pre>  y_k = σ_k · (u_kᵀx + ε_k),    u_1..u_K orthonormal,  x ~ N(0, I_d),  ε_k ~ N(0, NOISE_STD²)</pre>
 *
 * <p>so one linear feature serves one task exactly and no feature serves two. Trained with a
 * backbone that narrows to a single linear unit (the sample {@code narrow-bottleneck/experiment.json}),
 * a task alone fits through the unit (R² ≈ 0.99), while two tasks must share it: the unit can
 * carry one direction, or a mix that serves each only partly. Hence, by construction:
 *
 * <ul>
 *   <li>conflict: at any compromise the two tasks' true gradients on the unit pull towards their
 *       own directions, against each other. For the population loss, a unit w (‖w‖ = 1) and
 *       linear heads fitted to it, ∇_w L_k = −2a_kσ_k(I − wwᵀ)u_k; with w = α·u_1 + β·u_2 these
 *       are multiples of (β·u_1 − α·u_2) of opposite signs: cosine −1 at every compromise
 *       ({@code CompetingRegressionGeneratorTest} checks it on generated rows);
 *   <li>negative transfer: each task alone is better than together (their explained variance
 *       must be shared);
 *   <li>harm: the unit cannot stay where both first put it; whichever task got ahead is pushed
 *       back as the unit settles, the more so as σ_2 ≠ σ_1 (the default 1.25 tips the
 *       compromise).
 * </ul>
 *
 * <p>With a backbone wide enough for both directions the same data stage unrelated tasks (no
 * conflict): conflict is a property of data and architecture together. Randomness: the
 * directions from {@code new Random(seed)}; the rows from a second stream derived from it.
 */
public final class CompetingRegressionGenerator {
  /** Standard deviation of ε_k, relative to the task's scale. */
  public static final double NOISE_STD = 0.1;

  private final int features;
  private final double[] scales;
  private final long seed;
  private final double[][] directions;

  /**
   * @param features d ≥ number of tasks
   * @param scales σ_1..σ_K, one per task (K ≥ 2), each above 0
   */
  public CompetingRegressionGenerator(int features, List<Double> scales, long seed) {
    SyntheticNames.requirePositive("features", features);
    this.scales = Scales.positive(scales, 2, "[1, 1.25]");
    this.features = features;
    this.seed = seed;
    this.directions = EqualCosineVectors.draw(features, this.scales.length, 0.0, 1.0, new Random(seed));
  }

  public Dataset generate(int rows) {
    SyntheticNames.requirePositive("rows", rows);
    int d = features;
    int k = scales.length;
    Random rng = new Random(Shuffle.mix(seed, 1));
    float[] x = new float[rows * d];
    float[][] y = new float[k][rows];
    for (int r = 0; r < rows; r++) {
      int base = r * d;
      for (int j = 0; j < d; j++) {
        x[base + j] = (float) rng.nextGaussian();
      }
      for (int t = 0; t < k; t++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += directions[t][j] * x[base + j];
        }
        y[t][r] = (float) (scales[t] * (z + NOISE_STD * rng.nextGaussian()));
      }
    }
    List<TargetColumn> targets = new ArrayList<>();
    List<String> names = SyntheticNames.numbered("y", k);
    for (int t = 0; t < k; t++) {
      targets.add(new TargetColumn(names.get(t), TaskType.REGRESSION, y[t], List.of()));
    }
    return new Dataset("competing-regression (seed " + seed + ")", SyntheticNames.numbered("x", d), x, rows, targets);
  }

  /** u_k, one per row (copies; tests). */
  double[][] directions() {
    double[][] copy = new double[directions.length][];
    for (int t = 0; t < directions.length; t++) {
      copy[t] = directions[t].clone();
    }
    return copy;
  }
}
