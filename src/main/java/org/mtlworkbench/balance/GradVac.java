package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Gradient Vaccine (GradVac), Wang, Tsvetkov, Firat &amp; Cao, "Gradient Vaccine: Investigating and
 * Improving Multi-task Optimization in Massively Multilingual Models" (ICLR 2021), Algorithm 1.
 *
 * <p>PCGrad acts only when two gradients conflict (cosine &lt; 0); GradVac keeps, for every ordered
 * pair, a target similarity φ_ij — an exponential moving average of the pair's observed cosine,
 * φ_ij ← (1 − β)φ_ij + β·ρ_ij, starting at 0 — and whenever the current cosine ρ_ij between the
 * (already adjusted) g_i' and g_j falls below it, adds just enough of g_j to g_i' to reach it:
 *
 * <pre>  g_i' ← g_i' + g_j · ||g_i'||·(φ_ij·√(1 − ρ_ij²) − ρ_ij·√(1 − φ_ij²)) / (||g_j||·√(1 − φ_ij²)).</pre>
 *
 * For each task i the other tasks j are visited in random order, as in PCGrad; the update is
 * Σ_i g_i'. With φ = 0 this is PCGrad's projection. β is the option {@code beta} (default 0.5,
 * LibMTL's; the paper tunes it).
 *
 * <p>As in {@link PcGrad}, each g_i' stays a combination Σ_j a_ij g_j of the original gradients, so
 * every norm and cosine comes from the Gram matrix and the result is returned as coefficients.
 * Where we differ: the paper applies the rule per layer (and per language pair); we apply it to the
 * whole shared part, like LibMTL's default ("whole_model"). A zero gradient g_j is skipped (LibMTL
 * divides by its norm plus 10⁻⁸, adding a huge multiple of a zero vector); its cosine counts as 0.
 */
public final class GradVac implements BalancingStrategy {
  public static final String NAME = "gradvac";
  static final OptionInfo BETA = OptionInfo.between("beta", 0.5, 0, 1, "EMA rate β of the target similarities");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "GradVac", "Raises each pair's cosine to a running target similarity (PCGrad with learned targets)",
          new Citation("Wang, Tsvetkov, Firat & Cao", 2021,
              "Gradient Vaccine: Investigating and Improving Multi-task Optimization in Massively Multilingual Models", "ICLR 2021"),
          Requirement.SHARED_PARAMETERS, List.of(BETA), (o, setup) -> new GradVac(setup.taskCount(), o.real(BETA), setup.seed()));
  private final double beta;
  private final double[][] target;
  private final Random random;

  public GradVac(int taskCount, double beta, long seed) {
    this.beta = beta;
    this.target = new double[taskCount][taskCount];
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
    for (int i = 0; i < k; i++) {
      double[] a = new double[k];
      a[i] = 1.0;
      for (int j : order(k, i)) {
        double normJ = Math.sqrt(Math.max(0.0, gram[j][j]));
        double[] ma = Grams.times(gram, a);
        double normI = Math.sqrt(Math.max(0.0, Grams.dot(a, ma)));
        double rho = normI > 0 && normJ > 0 ? Math.max(-1, Math.min(1, ma[j] / (normI * normJ))) : 0.0;
        double phi = target[i][j];
        if (rho < phi && normJ > 0 && phi < 1) {
          a[j] += normI * (phi * Math.sqrt(1 - rho * rho) - rho * Math.sqrt(1 - phi * phi)) / (normJ * Math.sqrt(1 - phi * phi));
        }
        target[i][j] = (1 - beta) * phi + beta * rho;
      }
      for (int m = 0; m < k; m++) {
        total[m] += a[m];
      }
    }
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    return new Combination(ones, total);
  }

  /** The other tasks in a random order (Fisher–Yates). */
  private int[] order(int k, int except) {
    int[] o = new int[k - 1];
    for (int j = 0, n = 0; j < k; j++) {
      if (j != except) {
        o[n++] = j;
      }
    }
    for (int i = o.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = o[i];
      o[i] = o[j];
      o[j] = t;
    }
    return o;
  }
}
