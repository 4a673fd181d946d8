package org.mtlworkbench.diagnostics;

import java.util.Arrays;
import java.util.List;

/**
 * The per-task gradient measurements of a run's measured steps, as plain arrays (what the
 * gradient statistics read; filled from a run's metrics log by the layer above). Values that were
 * not measured are NaN.
 *
 * @param tasks task names, in model order
 * @param steps the step number of each column, ascending
 * @param norms {@code [task][t]} ||g_k|| of the task's own (unweighted) loss on the shared part
 * @param weights {@code [task][t]} the weight the balancing strategy gave the task's loss
 * @param cosines {@code [i][j][t]} same-step cos(g_i, g_j) (filled for i &lt; j)
 * @param laggedCosines {@code [i][j][t]} the lagged cosine ℓ_ij (filled for i &lt; j)
 * @param selfAgreement {@code [task][t]} a_k = cos(g_k(t), g_k(t−)), the noise floor
 * @param updateCosines {@code [task][t]} cos(g_k, d) with the update applied
 * @param losses {@code [task][t]} the task's training loss on the step's batch
 */
public record GradientWindow(
    List<String> tasks, long[] steps, double[][] norms, double[][] weights, double[][][] cosines,
    double[][][] laggedCosines, double[][] selfAgreement, double[][] updateCosines, double[][] losses) {
  public GradientWindow {
    tasks = List.copyOf(tasks);
  }

  /** A window without the lagged measures and the losses (all NaN). */
  public GradientWindow(List<String> tasks, long[] steps, double[][] norms, double[][] weights, double[][][] cosines) {
    this(tasks, steps, norms, weights, cosines, nan(tasks.size(), tasks.size(), steps.length), nan(tasks.size(), steps.length),
        nan(tasks.size(), steps.length), nan(tasks.size(), steps.length));
  }

  /** Number of measured steps. */
  public int size() {
    return steps.length;
  }

  /** The columns {@code [from, to)}. */
  public GradientWindow slice(int from, int to) {
    int k = tasks.size();
    double[][][] c = new double[k][k][];
    double[][][] l = new double[k][k][];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        c[i][j] = Arrays.copyOfRange(cosines[i][j], from, to);
        l[i][j] = Arrays.copyOfRange(laggedCosines[i][j], from, to);
      }
    }
    return new GradientWindow(tasks, Arrays.copyOfRange(steps, from, to), rows(norms, from, to), rows(weights, from, to), c, l,
        rows(selfAgreement, from, to), rows(updateCosines, from, to), rows(losses, from, to));
  }

  /** The last {@code n} columns (all of them when there are fewer). */
  public GradientWindow last(int n) {
    return slice(Math.max(0, size() - n), size());
  }

  /** Whether any lagged measure is present (run directories written before them have none). */
  public boolean hasLagged() {
    return anyFinite(selfAgreement);
  }

  /** Whether the update measures are present (not under soft sharing, nor in old run directories). */
  public boolean hasUpdate() {
    return anyFinite(updateCosines);
  }

  private static boolean anyFinite(double[][] values) {
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static double[][] rows(double[][] a, int from, int to) {
    double[][] out = new double[a.length][];
    for (int r = 0; r < a.length; r++) {
      out[r] = Arrays.copyOfRange(a[r], from, to);
    }
    return out;
  }

  private static double[][] nan(int rows, int n) {
    double[][] a = new double[rows][n];
    for (double[] r : a) {
      Arrays.fill(r, Double.NaN);
    }
    return a;
  }

  private static double[][][] nan(int rows, int columns, int n) {
    double[][][] a = new double[rows][][];
    for (int r = 0; r < rows; r++) {
      a[r] = nan(columns, n);
    }
    return a;
  }
}
