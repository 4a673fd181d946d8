package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * IMTL-G, the gradient half of Impartial Multi-Task Learning: Liu, Li, Kuang, Xue, Chen, Yang, Liao
 * &amp; Zhang, "Towards Impartial Multi-task Learning" (ICLR 2021), §3.2.
 *
 * <p>The shared update d = Σ_k α_k g_k (Σα = 1) has the same projection onto every unit task
 * gradient u_k = g_k/||g_k||: d·u_1 = d·u_k for all k, so no task is favoured for having a large
 * gradient. The paper's closed form, with D = [g_1 − g_k]ᵀ and U = [u_1 − u_k]ᵀ (k = 2..K), is
 * α_{2..K} = g_1Uᵀ(DUᵀ)⁻¹, α_1 = 1 − Σ_{k≥2} α_k. We solve the same K linear conditions on the
 * Gram matrix — (u_k − u_{k+1})·d = 0 for consecutive k, Σα = 1 — taking, when they do not fix α
 * (identical or linearly dependent gradients), the solution nearest to α = 1/K (pseudo-inverse
 * dropping singular values below ten times the Gram matrix's rounding level, {@link
 * TaskGradients#precision()}, relative to the largest). This gives the
 * paper's α whenever it is defined and stays symmetric in the tasks when it is not. For K = 2,
 * α_1 = ||g_2|| / (||g_1|| + ||g_2||). A task whose gradient is zero has no direction to be
 * impartial to: it gets α = 0 and the others are solved alone.
 *
 * <p>The heads keep their own losses (weight 1): the paper pairs IMTL-G with loss scaling (IMTL-L)
 * for everything outside the shared part; the coefficients are α.
 */
public final class ImtlG extends NormalizedGramStrategy {
  public static final String NAME = "imtl";
  static final Citation PAPER =
      new Citation("Liu, Li, Kuang, Xue, Chen, Yang, Liao & Zhang", 2021, "Towards Impartial Multi-task Learning", "ICLR 2021");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "IMTL-G", "The combination with equal projections on every unit task gradient (IMTL's gradient half; imtl-lg is the whole method)",
          PAPER, Requirement.SHARED_PARAMETERS, List.of(), (o, setup) -> new ImtlG());
  private static final double ZERO_GRADIENT = 1e-24;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Combination combineNormalized(double[][] m, StepContext context) {
    double[] ones = new double[m.length];
    Arrays.fill(ones, 1.0);
    return new Combination(ones, alpha(m, context.gradients().precision()));
  }

  /**
   * IMTL-G's α (Σα = 1) for a normalised Gram matrix (see the class comment).
   *
   * @param m the Gram matrix scaled to a largest diagonal of 1 ({@link Grams#normalized})
   * @param precision the gradients' rounding level ({@link TaskGradients#precision()})
   */
  static double[] alpha(double[][] m, double precision) {
    int k = m.length;
    int[] active = IntStream.range(0, k).filter(i -> m[i][i] > ZERO_GRADIENT).toArray();
    double[] alpha = new double[k];
    if (active.length == 0) {
      Arrays.fill(alpha, 1.0 / k);
      return alpha;
    }
    int a = active.length;
    double[][] conditions = new double[a][a];
    for (int r = 0; r + 1 < a; r++) {
      int p = active[r];
      int q = active[r + 1];
      double np = Math.sqrt(m[p][p]);
      double nq = Math.sqrt(m[q][q]);
      for (int j = 0; j < a; j++) {
        conditions[r][j] = m[p][active[j]] / np - m[q][active[j]] / nq;
      }
    }
    Arrays.fill(conditions[a - 1], 1.0);
    double[] start = new double[a];
    Arrays.fill(start, 1.0 / a);
    double[] residual = new double[a];
    residual[a - 1] = 1.0;
    for (int r = 0; r < a; r++) {
      residual[r] -= Grams.dot(conditions[r], start);
    }
    double[] correction = Grams.pseudoInverseTimes(conditions, residual, 10 * precision);
    for (int j = 0; j < a; j++) {
      alpha[active[j]] = start[j] + correction[j];
    }
    return alpha;
  }
}
