package org.mtlworkbench.diagnostics;

/**
 * The running mean of the lookahead affinities Z_{i→j} ({@link AffinityProbe}) over the steps at
 * which they were measured — the "inter-task affinity" that TAG (Fifty et al. 2021, eq. 3)
 * averages over training. Entries that were undefined at a step (NaN) are left out of that
 * entry's mean. Not thread-safe: one writer; readers get copies.
 */
public final class AffinityMatrix {
  private final int tasks;
  private final double[][] sum;
  private final int[][] count;
  private int probes;

  public AffinityMatrix(int tasks) {
    this.tasks = tasks;
    this.sum = new double[tasks][tasks];
    this.count = new int[tasks][tasks];
  }

  public void add(double[][] z) {
    for (int i = 0; i < tasks; i++) {
      for (int j = 0; j < tasks; j++) {
        if (Double.isFinite(z[i][j])) {
          sum[i][j] += z[i][j];
          count[i][j]++;
        }
      }
    }
    probes++;
  }

  /** How many measurements were added. */
  public int probes() {
    return probes;
  }

  /** {@code [i][j]} = mean Z_{i→j}; NaN where never defined. */
  public double[][] mean() {
    double[][] m = new double[tasks][tasks];
    for (int i = 0; i < tasks; i++) {
      for (int j = 0; j < tasks; j++) {
        m[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
      }
    }
    return m;
  }
}
