package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;

/**
 * SDMGrad (stochastic direction-oriented multi-objective gradient descent), Xiao, Ban &amp; Ji,
 * "Direction-oriented Multi-objective Learning: Simple and Provable Stochastic Algorithms" (NeurIPS
 * 2023), Algorithm 1, after the authors' code as given in LibMTL.
 *
 * <p>The update stays near the mean gradient g₀ = (1/K)Σ_k g_k while preferring MGDA's common
 * descent: the weights w solve min_{w ∈ simplex} ½||Gᵀw||² + λ·g₀ᵀGᵀw, and the update is
 * d = (Gᵀw + λg₀)/(1 + λ), i.e. coefficients (w_k + λ/K)/(1 + λ). λ = 0 is MGDA, λ → ∞ the mean
 * (option {@code lambda}, default 0.3). As in the authors' code, the Gram matrix is scaled by the
 * squared mean gradient norm, and w is not solved exactly but improved by {@code iterations}
 * (default 20) steps of projected SGD (rate 5, momentum 0.5, projection onto the simplex) from the
 * previous step's w, starting at 1/K.
 *
 * <p>Where we differ: the paper and the authors' code estimate the Gram matrix from two
 * independent mini-batches and the update from a third (three forward and backward passes per
 * step), which makes the stochastic estimates unbiased; the trainer gives a strategy one batch, so
 * all three are this step's gradients. LibMTL adds 10⁻⁸ to the scale, which makes the result
 * depend on the gradients' units when they are small; here the scale is exact (all-zero gradients
 * give d = 0). The weights shown are w; the heads train on their own losses.
 */
public final class SdmGrad implements BalancingStrategy {
  public static final String NAME = "sdmgrad";
  static final OptionInfo LAMBDA = OptionInfo.real("lambda", 0.3, 0, false, "Pull λ towards the mean gradient (0: MGDA)");
  static final OptionInfo ITERATIONS = OptionInfo.integer("iterations", 20, 1, "Projected SGD steps on the weights per training step");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "SDMGrad", "MGDA's min-norm weights pulled towards the mean gradient, direction (Gᵀw + λg₀)/(1 + λ)",
          new Citation("Xiao, Ban & Ji", 2023, "Direction-oriented Multi-objective Learning: Simple and Provable Stochastic Algorithms",
              "NeurIPS 2023"),
          Requirement.SHARED_PARAMETERS, List.of(LAMBDA, ITERATIONS),
          (o, setup) -> new SdmGrad(setup.taskCount(), o.real(LAMBDA), o.integer(ITERATIONS)));
  private static final double RATE = 5.0;
  private static final double MOMENTUM = 0.5;
  private final double lambda;
  private final int iterations;
  private final double[] w;

  public SdmGrad(int taskCount, double lambda, int iterations) {
    this.lambda = lambda;
    this.iterations = iterations;
    this.w = new double[taskCount];
    Arrays.fill(w, 1.0 / taskCount);
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
    double meanNorm = 0;
    for (int i = 0; i < k; i++) {
      meanNorm += Math.sqrt(Math.max(0.0, gram[i][i])) / k;
    }
    if (meanNorm > 0) {
      double[][] m = new double[k][k];
      double[] towardsMean = new double[k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          m[i][j] = (gram[i][j] + gram[j][i]) / (2 * meanNorm * meanNorm);
          towardsMean[i] += lambda * m[i][j] / k;
        }
      }
      double[] velocity = null;
      for (int it = 0; it < iterations; it++) {
        double[] gradient = Grams.times(m, w);
        for (int i = 0; i < k; i++) {
          gradient[i] += towardsMean[i];
        }
        if (velocity == null) {
          velocity = gradient;
        } else {
          for (int i = 0; i < k; i++) {
            velocity[i] = MOMENTUM * velocity[i] + gradient[i];
          }
        }
        for (int i = 0; i < k; i++) {
          w[i] -= RATE * velocity[i];
        }
        SimplexMinimizer.project(w);
      }
    }
    double[] coefficients = new double[k];
    for (int i = 0; i < k; i++) {
      coefficients[i] = (w[i] + lambda / k) / (1 + lambda);
    }
    return new Combination(w.clone(), coefficients);
  }
}
