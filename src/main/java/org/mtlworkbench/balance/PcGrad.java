package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * PCGrad, "Gradient Surgery for Multi-Task Learning" (Yu et al., NeurIPS 2020), Algorithm 1.
 *
 * <p>For each task i, in turn over the other tasks j in random order: if g_i'·g_j &lt; 0, project
 * g_i' onto the normal plane of g_j: g_i' ← g_i' − (g_i'·g_j / ||g_j||²) g_j. The update is the
 * sum Σ_i g_i'. Tasks that do not conflict are left as they are.
 *
 * <p>Each g_i' stays a combination of the original gradients, g_i' = Σ_j a_ij g_j, and every inner
 * product it needs is aᵢᵀ·(G Gᵀ)_{·j}; so the projections run on the K × K Gram matrix and the
 * result is returned as coefficients c = Σ_i a_i of the original gradients — mathematically the
 * same update, computed with one P-long product instead of O(K²) of them.
 */
public final class PcGrad implements BalancingStrategy {
  public static final String NAME = "pcgrad";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "PCGrad", "Projects each task gradient off every gradient it conflicts with, in random order, and sums",
          new Citation("Yu, Kumar, Gupta, Levine, Hausman & Finn", 2020, "Gradient Surgery for Multi-Task Learning", "NeurIPS 2020"),
          Requirement.SHARED_PARAMETERS, List.of(), (o, setup) -> new PcGrad(setup.seed()));
  private final Random random;

  public PcGrad(long seed) {
    this.random = new Random(seed);
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
    double[] total = new double[k];
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      double[] a = new double[k];
      a[i] = 1.0;
      for (int j = 0; j < k; j++) {
        order[j] = j;
      }
      shuffle(order);
      for (int j : order) {
        if (j == i || gram[j][j] <= 0) {
          continue;
        }
        double dot = 0;
        for (int m = 0; m < k; m++) {
          dot += a[m] * gram[m][j];
        }
        if (dot < 0) {
          a[j] -= dot / gram[j][j];
        }
      }
      for (int m = 0; m < k; m++) {
        total[m] += a[m];
      }
    }
    double[] weights = new double[k];
    Arrays.fill(weights, 1.0);
    return new Combination(weights, total);
  }

  private void shuffle(Integer[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
