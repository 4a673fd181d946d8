package org.mtlworkbench.balance;

/**
 * A second implementation of the projection onto the dual cone {x : g_k·x ≥ 0 for every k}, in
 * parameter space and without the Gram-matrix reformulation: Dykstra's alternating projections
 * (Boyle &amp; Dykstra 1986) onto the K half-spaces, which converge to the projection onto their
 * intersection.
 */
final class ConeProjection {
  private ConeProjection() {}

  static double[] project(double[][] g, double[] y) {
    int k = g.length;
    int p = y.length;
    double[] x = y.clone();
    double[][] correction = new double[k][p];
    for (int sweep = 0; sweep < 200_000; sweep++) {
      double change = 0;
      for (int i = 0; i < k; i++) {
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
          z[j] = x[j] + correction[i][j];
        }
        double dot = Vectors.dot(g[i], z);
        double n2 = Vectors.dot(g[i], g[i]);
        double[] next = z.clone();
        if (dot < 0 && n2 > 0) {
          for (int j = 0; j < p; j++) {
            next[j] -= dot / n2 * g[i][j];
          }
        }
        for (int j = 0; j < p; j++) {
          correction[i][j] = z[j] - next[j];
          change += Math.abs(next[j] - x[j]);
          x[j] = next[j];
        }
      }
      if (change < 1e-15 * (1 + Vectors.norm(y))) {
        break;
      }
    }
    return x;
  }
}
