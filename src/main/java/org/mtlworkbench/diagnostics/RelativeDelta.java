package org.mtlworkbench.diagnostics;

/**
 * The relative difference between a multi-task and a single-task metric, signed so that a
 * positive value means the multi-task model is better (Maninis, Radosavovic & Kokkinos 2019,
 * "Attentive Single-Tasking of Multiple Tasks", eq. for Δ_m):
 *
 * <pre>Δ_k = (−1)^{l_k} · (M_mtl − M_stl) / |M_stl|,   l_k = 1 if lower is better, else 0</pre>
 *
 * <p>One deviation from the paper: we divide by |M_stl| rather than M_stl, so that a metric that
 * can be negative (R²) keeps the meaning of the sign. For the positive metrics of the paper the two
 * agree.
 */
public final class RelativeDelta {
  private RelativeDelta() {}

  /** Δ_k; NaN when the single-task metric is 0 or either value is not finite. */
  public static double of(double mtl, double stl, boolean higherIsBetter) {
    if (!Double.isFinite(mtl) || !Double.isFinite(stl) || stl == 0) {
      return Double.NaN;
    }
    double d = (mtl - stl) / Math.abs(stl);
    // + 0.0 turns a −0.0 (no difference, sign flipped) into 0.0
    return (higherIsBetter ? d : -d) + 0.0;
  }
}
