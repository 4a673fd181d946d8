package org.mtlworkbench.diagnostics;

import java.util.Arrays;

/**
 * The per-task gradient picture of one measured step: the same-step quantities (norms, cosines)
 * and the lagged ones that pair this step's gradients with the previous measured step's (see
 * {@link LaggedGradients}: the two come from different minibatches, so their noise is
 * independent).
 *
 * @param norms ||g_k(t)|| on the whole shared part, per task
 * @param layerNorms [task][layer] ||g_k(t)|| restricted to one shared layer
 * @param cosines [i][j] cos(g_i(t), g_j(t)); 0 when either gradient is zero; 1 on the diagonal
 * @param laggedCosines [i][j], i ≠ j: ℓ_ij = ½[cos(g_i(t), g_j(t−)) + cos(g_j(t), g_i(t−))];
 *     on the diagonal the self-agreement a_k = cos(g_k(t), g_k(t−)), the task's noise floor. NaN
 *     at the first measured step and where a gradient is zero
 * @param updateCosines [k] cos(g_k(t), d(t)) with d = Σ_j c_j g_j the shared update the strategy
 *     applied; negative: this step's update raises task k's loss to first order (on this batch).
 *     NaN where not defined (soft sharing: each task's update moves only its own tower)
 */
public record GradientSnapshot(
    double[] norms, double[][] layerNorms, double[][] cosines, double[][] laggedCosines, double[] updateCosines) {

  /** A snapshot without the lagged quantities (e.g. read from a run directory that predates them). */
  public GradientSnapshot(double[] norms, double[][] layerNorms, double[][] cosines) {
    this(norms, layerNorms, cosines, nan(norms.length, norms.length), nan(norms.length));
  }

  /** a_k = cos(g_k(t), g_k(t−)), the diagonal of {@link #laggedCosines()}. */
  public double selfAgreement(int task) {
    return laggedCosines[task][task];
  }

  static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  static double[][] nan(int rows, int columns) {
    double[][] a = new double[rows][];
    for (int r = 0; r < rows; r++) {
      a[r] = nan(columns);
    }
    return a;
  }
}
