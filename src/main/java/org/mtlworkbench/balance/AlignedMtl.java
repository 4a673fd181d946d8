package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Aligned-MTL, Senushkin, Patakin, Kuznetsov &amp; Konushin, "Independent Component Alignment for
 * Multi-Task Learning" (CVPR 2023), Algorithm 1.
 *
 * <p>Conflicts and dominance are both ill-conditioning of the gradient system G (rows g_k). Aligned
 * MTL replaces G by the closest system whose gradients are orthogonal and of equal norm σ_min (the
 * smallest singular value of G): with the Gram matrix M = GGᵀ = VΛVᵀ, B = √λ_min·VΛ^{−1/2}Vᵀ and
 * Ĝ = BG, so that ĜĜᵀ = λ_min·I; the update is Ĝᵀw = Gᵀ(Bw) with task weights w = 1, i.e. the
 * coefficients c = B·1. When the gradients already are orthogonal and equally long, B = I and the
 * update is {@code equal}'s Σ_k g_k; so is it for identical gradients.
 *
 * <p>Rank-deficient systems (identical or dependent gradients, a zero gradient) use only the
 * eigenvalues above ten times the Gram matrix's rounding level ({@link TaskGradients#precision()})
 * relative to the largest, λ_min the smallest of those — the pseudo-inverse square root, as in
 * the authors' code. The heads keep their own losses (weight
 * 1); the paper changes only the shared update, whose coefficients may be negative.
 */
public final class AlignedMtl extends NormalizedGramStrategy {
  public static final String NAME = "aligned";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "Aligned-MTL", "Makes the task gradients orthogonal and equally long (the smallest singular value), then sums",
          new Citation("Senushkin, Patakin, Kuznetsov & Konushin", 2023, "Independent Component Alignment for Multi-Task Learning",
              "CVPR 2023"),
          Requirement.SHARED_PARAMETERS, List.of(), (o, setup) -> new AlignedMtl());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Combination combineNormalized(double[][] m, StepContext context) {
    int k = m.length;
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    double[] coefficients = new double[k];
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
    double[] lambda = eigen.getRealEigenvalues();
    double largest = Arrays.stream(lambda).max().orElse(0);
    if (!(largest > 0)) {
      return new Combination(ones, coefficients);
    }
    double kept = 10 * context.gradients().precision() * largest;
    double smallest = Double.POSITIVE_INFINITY;
    for (double l : lambda) {
      if (l > kept) {
        smallest = Math.min(smallest, l);
      }
    }
    for (int e = 0; e < lambda.length; e++) {
      if (!(lambda[e] > kept)) {
        continue;
      }
      double[] v = eigen.getEigenvector(e).toArray();
      double along = Arrays.stream(v).sum() * Math.sqrt(smallest / lambda[e]);
      for (int i = 0; i < k; i++) {
        coefficients[i] += v[i] * along;
      }
    }
    return new Combination(ones, coefficients);
  }
}
