package org.mtlworkbench.diagnostics;

/**
 * The per-task gradient picture of one step.
 *
 * @param norms ||g_k|| on the whole shared part, per task
 * @param layerNorms [task][layer] ||g_k|| restricted to one shared layer
 * @param cosines [i][j] cos(g_i, g_j); 0 when either gradient is zero; 1 on the diagonal
 */
public record GradientSnapshot(double[] norms, double[][] layerNorms, double[][] cosines) {

  /** Largest over smallest gradient norm (∞ when a task's gradient vanished, NaN for no tasks). */
  public double imbalanceRatio() {
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (double n : norms) {
      max = Math.max(max, n);
      min = Math.min(min, n);
    }
    return norms.length == 0 ? Double.NaN : max / min;
  }
}
