package org.mtlworkbench.balance;

import java.util.List;

/**
 * UPGrad (unconflicting projection of gradients), Quinton &amp; Rey, "Jacobian Descent for
 * Multi-Objective Optimization" (arXiv:2406.16232, 2024), §3, after the authors' TorchJD.
 *
 * <p>Each task gradient g_i is projected onto the dual cone C = {x : g_k·x ≥ 0 for all k} of the
 * task gradients, and the projections are averaged: d = (1/K) Σ_i π_C(g_i). The projection is
 * positively homogeneous, so d = Σ_i π_C(g_i/K), and by the paper's Proposition 1
 * π_C(g_i/K) = Gᵀw⁽ⁱ⁾ with w⁽ⁱ⁾ = argmin_{v ≥ e_i/K} vᵀ(GGᵀ)v: everything runs on the Gram matrix
 * ({@link DualCone}), and d = Gᵀw with w = Σ_i w⁽ⁱ⁾. What the paper proves of it: d lies in C, so no
 * task's loss rises to first order (d·g_k ≥ 0); it is the mean gradient whenever no two gradients
 * conflict; scaling one task's gradient scales only that task's share (it is "linear under
 * scaling"), so a task cannot dominate by its scale.
 *
 * <p>As in TorchJD (and LibMTL's copy), M is divided by its trace and {@code regularization}·I is
 * added (default 10⁻⁴, TorchJD's {@code reg_eps}) so the programme stays strictly convex when
 * gradients are dependent or rounded; this moves the published example's output by about 10⁻⁴,
 * and 0 gives the exact projection. The price: the guarantee becomes g_k·d ≥ −ε·tr(GGᵀ)·w_k, so a
 * task whose squared gradient norm is below about ε of the total may see its loss rise slightly. TorchJD's second setting, {@code norm_eps} (an absolute
 * threshold on the trace below which M is taken as 0), is not offered: it makes the result depend
 * on the gradients' scale; only a zero trace counts as zero here. The weights w are shown and the
 * heads train on their own losses (LibMTL's convention).
 */
public final class UpGrad implements BalancingStrategy {
  public static final String NAME = "upgrad";
  static final Citation PAPER = new Citation("Quinton & Rey", 2024, "Jacobian Descent for Multi-Objective Optimization", "arXiv:2406.16232");
  static final OptionInfo REGULARIZATION =
      OptionInfo.real("regularization", 1e-4, 0, false, "Added to the diagonal of the trace-normalised Gram matrix (TorchJD's reg_eps)");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "UPGrad", "Averages the projections of every task gradient onto the cone of directions no task objects to",
          PAPER, Requirement.SHARED_PARAMETERS, List.of(REGULARIZATION), (o, setup) -> new UpGrad(o.real(REGULARIZATION)));
  private final double regularization;

  public UpGrad(double regularization) {
    this.regularization = regularization;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return true;
  }

  @Override
  public Combination combine(StepContext context) {
    double[][] gram = context.gradients().gram();
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram);
    }
    int k = gram.length;
    double[][] m = DualCone.regularized(gram, regularization);
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      double[] u = new double[k];
      u[i] = 1.0 / k;
      double[] projected = DualCone.project(m, u);
      for (int j = 0; j < k; j++) {
        w[j] += projected[j];
      }
    }
    return Combination.direction(w);
  }
}
