package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * ConFIG (conflict-free inverse gradients), Liu, Chu &amp; Thuerey, "ConFIG: Towards Conflict-free
 * Training of Physics Informed Neural Networks" (arXiv:2408.11104, 2024; ICLR 2025), eq. 2, after
 * the authors' code as ported to TorchJD.
 *
 * <p>With the unit gradients u_k = g_k/||g_k|| as rows of U, the direction v = U⁺1 (pseudo-inverse)
 * has the same projection on every unit gradient, u_k·v = 1, so it makes the same angle with every
 * task gradient and decreases every loss; the update keeps that direction and takes as its length
 * the sum of the gradients' projections on it: d = (Σ_k g_k·v̂)·v̂, v̂ = v/||v||.
 *
 * <p>On the Gram matrix: with the cosine matrix C = N⁻¹MN⁻¹ (N = diag ||g_k||), v = Σ_k a_k u_k
 * with a = C⁺1, ||v||² = aᵀCa and Σ_k g_k·v = Σ_k ||g_k||·(Ca)_k, so d = Σ_k c_k g_k with
 * c_k = (Σ_j ||g_j||(Ca)_j)·a_k / (||g_k||·||v||²). Singular values of C below ten times the
 * gradients' rounding level ({@link TaskGradients#precision()}) relative to the largest are dropped
 * (torch's {@code pinv} uses K·ε); zero gradients have no unit vector and get c_k = 0 (TorchJD: NaN
 * turned into 0). The paper's momentum variant (M-ConFIG, one task's gradient per step) is not
 * offered. Weights shown: 1, heads on their own losses.
 */
public final class ConFig implements BalancingStrategy {
  public static final String NAME = "config";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "ConFIG", "The direction at equal angles to every task gradient, as long as their summed projections on it",
          new Citation("Liu, Chu & Thuerey", 2024, "ConFIG: Towards Conflict-free Training of Physics Informed Neural Networks",
              "arXiv:2408.11104"),
          Requirement.SHARED_PARAMETERS, List.of(), (o, setup) -> new ConFig());
  private static final double ZERO_GRADIENT = 1e-24;

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
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    double largest = 0;
    for (int i = 0; i < k; i++) {
      largest = Math.max(largest, gram[i][i]);
    }
    double[] norm = new double[k];
    for (int i = 0; i < k; i++) {
      norm[i] = gram[i][i] > ZERO_GRADIENT * largest ? Math.sqrt(gram[i][i]) : 0.0;
    }
    double[][] cosine = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        cosine[i][j] = norm[i] > 0 && norm[j] > 0 ? (gram[i][j] + gram[j][i]) / (2 * norm[i] * norm[j]) : 0.0;
      }
    }
    double[] a = Grams.pseudoInverseTimes(cosine, ones, 10 * context.gradients().precision());
    double[] ca = Grams.times(cosine, a);
    double vSquared = Grams.dot(a, ca);
    double[] c = new double[k];
    if (!(vSquared > 0)) {
      return new Combination(ones, c);
    }
    double projections = 0;
    for (int j = 0; j < k; j++) {
      projections += norm[j] * ca[j];
    }
    for (int i = 0; i < k; i++) {
      c[i] = norm[i] > 0 ? projections * a[i] / (norm[i] * vSquared) : 0.0;
    }
    return new Combination(ones, c);
  }
}
