package org.mtlworkbench.balance;

/** softmax(x)_k = e^{x_k} / Σ_j e^{x_j}, computed with the largest x subtracted so that it cannot overflow. */
final class Softmax {
  private Softmax() {}

  static double[] of(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    double[] p = new double[x.length];
    double total = 0;
    for (int k = 0; k < x.length; k++) {
      p[k] = Math.exp(x[k] - max);
      total += p[k];
    }
    for (int k = 0; k < x.length; k++) {
      p[k] /= total;
    }
    return p;
  }
}
