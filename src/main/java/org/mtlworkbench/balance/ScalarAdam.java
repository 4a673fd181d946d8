package org.mtlworkbench.balance;

/**
 * Adam (Kingma &amp; Ba 2015) for the handful of scalars a strategy learns (log-variances, loss
 * weights): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε) with bias-corrected m̂, v̂;
 * β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
 *
 * <p>Why Adam and not plain descent: the gradients of these scalars scale with the raw losses,
 * which is exactly what differs by orders of magnitude between tasks; Adam's step is about η
 * whatever that scale, so one rate serves every experiment, as in the papers, which learn these
 * scalars with the network's own optimiser.
 */
final class ScalarAdam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;
  private final double rate;
  private final double[] m;
  private final double[] v;
  private int t;

  ScalarAdam(int size, double rate) {
    this.rate = rate;
    this.m = new double[size];
    this.v = new double[size];
  }

  /** One step on {@code theta} (in place) along {@code gradient}. */
  void step(double[] theta, double[] gradient) {
    t++;
    double c1 = 1 - Math.pow(BETA1, t);
    double c2 = 1 - Math.pow(BETA2, t);
    for (int i = 0; i < theta.length; i++) {
      m[i] = BETA1 * m[i] + (1 - BETA1) * gradient[i];
      v[i] = BETA2 * v[i] + (1 - BETA2) * gradient[i] * gradient[i];
      theta[i] -= rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
    }
  }
}
