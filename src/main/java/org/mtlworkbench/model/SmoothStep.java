package org.mtlworkbench.model;

/**
 * The smooth-step function of DSelect-k (Hazimeh et al. 2021, eq. 4; Hazimeh et al. 2020, "The
 * Tree Ensemble Layer"): 0 below −γ/2, 1 above γ/2, and between them the cubic that joins the two
 * with a continuous first derivative,
 *
 * <pre>  S(t) = −2t³/γ³ + 3t/(2γ) + 1/2,   S'(t) = −6t²/γ³ + 3/(2γ)   for |t| &lt; γ/2,</pre>
 *
 * so S'(±γ/2) = 0 and a selector that has reached 0 or 1 stays there exactly.
 */
final class SmoothStep {
  private final double gamma;

  SmoothStep(double gamma) {
    if (!(gamma > 0)) {
      throw new IllegalArgumentException("gamma must be > 0, got " + gamma);
    }
    this.gamma = gamma;
  }

  double gamma() {
    return gamma;
  }

  double value(double t) {
    if (t <= -gamma / 2) {
      return 0.0;
    }
    if (t >= gamma / 2) {
      return 1.0;
    }
    return -2 * t * t * t / (gamma * gamma * gamma) + 3 * t / (2 * gamma) + 0.5;
  }

  double derivative(double t) {
    if (t <= -gamma / 2 || t >= gamma / 2) {
      return 0.0;
    }
    return -6 * t * t / (gamma * gamma * gamma) + 3 / (2 * gamma);
  }
}
