package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mtlworkbench.nn.HostBuffer;

/**
 * Gradient sign dropout (GradDrop), Chen, Ngiam, Huang, Luong, Kretzschmar, Chai &amp; Anguelov,
 * "Just Pick a Sign: Optimizing Deep Multitask Models with Gradient Sign Dropout" (NeurIPS 2020),
 * Algorithm 1.
 *
 * <p>Coordinate by coordinate, the task gradients vote on a sign. With the positive sign purity
 * P_j = ½(1 + Σ_k g_kj / Σ_k |g_kj|) ∈ [0, 1] and one uniform draw U_j per coordinate, the
 * positive sign wins when P_j &gt; U_j and the negative one when P_j &lt; U_j; each task keeps its
 * component only where it has the winning sign: g'_kj = (ℓ + (1 − ℓ)·M_kj)·g_kj with M_kj ∈ {0, 1},
 * and the update is Σ_k g'_k. Coordinates where all tasks agree are never dropped; where they
 * disagree, the sign is drawn in proportion to its total gradient. ℓ is the option {@code leak}
 * (default 0; 1 gives the plain sum).
 *
 * <p>The result is not a combination of the task gradients, so the masked rows replace them
 * ({@link TaskGradients#replaceRows}) and the coefficients are 1. Where we differ: the paper inserts
 * GradDrop as a layer and votes on the gradients with respect to its activations, summed over the
 * batch (LibMTL does the same on the shared representation); we vote on the gradients with respect
 * to the shared parameters, as TorchJD's aggregator does, because the trainer back-propagates each
 * task separately and cannot back-propagate a masked representation gradient. The paper's leak is
 * per task; here one ℓ serves every task (LibMTL's form). The draws come from the run's seed.
 */
public final class GradDrop implements BalancingStrategy {
  public static final String NAME = "graddrop";
  static final OptionInfo LEAK = OptionInfo.between("leak", 0.0, 0, 1, "Leak ℓ: the share of a dropped component kept anyway");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "GradDrop", "Per coordinate, keeps only the gradient components of one sign, drawn by the sign purity",
          new Citation("Chen, Ngiam, Huang, Luong, Kretzschmar, Chai & Anguelov", 2020,
              "Just Pick a Sign: Optimizing Deep Multitask Models with Gradient Sign Dropout", "NeurIPS 2020"),
          Requirement.SHARED_PARAMETERS, List.of(LEAK), (o, setup) -> new GradDrop(o.real(LEAK), setup.seed()));
  private final double leak;
  private final SplittableRandom random;
  private final HostBuffer host = new HostBuffer();

  public GradDrop(double leak, long seed) {
    this.leak = leak;
    this.random = new SplittableRandom(seed);
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
    TaskGradients gradients = context.gradients();
    double[][] gram = gradients.gram();
    if (!Grams.allFinite(gram)) {
      return Grams.undefined(gram);
    }
    int k = gradients.taskCount();
    int p = (int) gradients.matrix().columns();
    double[] g = host.read(gradients.matrix());
    double[] masked = new double[k * p];
    for (int j = 0; j < p; j++) {
      double sum = 0;
      double abs = 0;
      for (int t = 0; t < k; t++) {
        double v = g[t * p + j];
        sum += v;
        abs += Math.abs(v);
      }
      double purity = abs > 0 ? 0.5 * (1 + sum / abs) : 0.5;
      double u = random.nextDouble();
      boolean positive = purity > u;
      boolean negative = purity < u;
      for (int t = 0; t < k; t++) {
        double v = g[t * p + j];
        boolean kept = positive && v > 0 || negative && v < 0;
        masked[t * p + j] = kept ? v : leak * v;
      }
    }
    gradients.replaceRows(masked);
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    return new Combination(ones, ones.clone());
  }
}
