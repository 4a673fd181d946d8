package org.mtlworkbench.balance;

import java.util.List;

/**
 * Geometric loss strategy (GLS), Chennupati, Sistu, Yogamani &amp; Rawashdeh, "MultiNet++:
 * Multi-Stream Feature Aggregation and Geometric Loss Strategy for Multi-Task Learning" (CVPR
 * Workshops 2019), eq. 4.
 *
 * <p>The loss is the geometric mean of the task losses, L = (Π_k L_k)^{1/K}, which no task can
 * dominate by its scale alone: multiplying L_k by a constant multiplies L by a constant. Its
 * gradient is Σ_k (L / (K·L_k)) ∇L_k, so this is a loss weighting with w_k = L/(K·L_k): a task
 * whose loss is small relative to the others gets more weight. On equal losses w_k = 1/K, so the
 * step is about 1/K of {@code equal}'s for the same learning rate (as in the paper).
 *
 * <p>Where we differ from the authors' formula: a task with no labelled row in the batch (L_k = 0,
 * see {@link LogLosses}) would make the product, and so every weight, zero; it is left out of the
 * mean (K counts the tasks present) and gets weight 0. LibMTL reports L_k/(K·ΠL) as the weight; we
 * report the factor that actually multiplies ∇L_k.
 */
public final class GeometricLossStrategy implements BalancingStrategy {
  public static final String NAME = "gls";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "GLS", "Minimises the geometric mean of the task losses, so no task wins by its scale alone",
          new Citation("Chennupati, Sistu, Yogamani & Rawashdeh", 2019,
              "MultiNet++: Multi-Stream Feature Aggregation and Geometric Loss Strategy for Multi-Task Learning", "CVPR Workshops 2019"),
          Requirement.LOSSES, List.of(), (o, setup) -> new GeometricLossStrategy());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsTaskGradients() {
    return false;
  }

  @Override
  public Combination combine(StepContext context) {
    double[] losses = context.losses();
    int present = 0;
    double logSum = 0;
    for (double l : losses) {
      if (LogLosses.counts(l)) {
        present++;
        logSum += Math.log(l);
      }
    }
    double[] w = LogLosses.inverse(losses);
    if (present > 0) {
      double geometricMean = Math.exp(logSum / present);
      for (int k = 0; k < w.length; k++) {
        w[k] *= geometricMean / present;
      }
    }
    return Combination.weighting(w);
  }
}
