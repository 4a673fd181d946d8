package org.mtlworkbench.balance;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DB-MTL (dual-balancing), Lin, Jiang, Ye, Zhang, Chen, Chen, Liu &amp; Kwok, "Dual-Balancing for
 * Multi-Task Learning" (arXiv:2308.12029, 2023), Algorithm 1, after the authors' LibMTL code.
 *
 * <p>Two balancing steps. Loss scale: every task trains on log L_k, whose gradient ∇L_k/L_k does
 * not depend on the loss's units (so the heads get weight 1/L_k). Gradient magnitude: on the shared
 * part each task's log-loss gradient is smoothed by an exponential moving average
 * ĝ_k ← (1 − β_t)·∇log L_k + β_t·ĝ_k (from ĝ = 0, β_t = β/t^σ, options {@code beta} 0.9 and
 * {@code betaSigma} 0 as in LibMTL) and rescaled to the largest norm: d = Σ_k α_k ĝ_k with
 * α_k = max_j ||ĝ_j|| / ||ĝ_k||. Every task then contributes a step of the same length, that of
 * the task with the largest gradient (the paper argues the largest, not the mean, keeps the step
 * from shrinking).
 *
 * <p>The update combines the averages ĝ, not this step's gradients, so the strategy keeps them
 * (K × P) and puts them in the gradients' place ({@link TaskGradients#replaceRows}); α are the
 * coefficients and the weights shown. Where we differ: a task with no labelled row in the batch
 * contributes a zero log-loss gradient instead of LibMTL's gradient of log(0 + 10⁻⁸) (also zero)
 * scaled by 10⁸ on its head ({@link LogLosses}); a zero ĝ_k gets α_k = 0.
 */
public final class DbMtl implements BalancingStrategy {
  public static final String NAME = "dbmtl";
  static final OptionInfo BETA = new OptionInfo("beta", OptionInfo.Kind.REAL, 0.9, 0, true, 1, false,
      "EMA rate β of the log-loss gradients (0: no averaging)");
  static final OptionInfo BETA_SIGMA = OptionInfo.real("betaSigma", 0.0, 0, false, "Decay σ of the EMA rate, β_t = β/t^σ");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "DB-MTL", "Log losses, then every task's averaged gradient rescaled to the largest norm",
          new Citation("Lin, Jiang, Ye, Zhang, Chen, Chen, Liu & Kwok", 2023, "Dual-Balancing for Multi-Task Learning", "arXiv:2308.12029"),
          Requirement.SHARED_PARAMETERS, List.of(BETA, BETA_SIGMA), (o, setup) -> new DbMtl(o.real(BETA), o.real(BETA_SIGMA)));
  private final double beta;
  private final double betaSigma;
  private INDArray average;
  private long step;

  public DbMtl(double beta, double betaSigma) {
    this.beta = beta;
    this.betaSigma = betaSigma;
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
    int k = gram.length;
    double[] inverse = LogLosses.inverse(context.losses());
    INDArray g = gradients.matrix();
    INDArray logGradients = g.mulColumnVector(Nd4j.create(inverse, new long[] {k, 1}, g.dataType()));
    step++;
    double b = beta / Math.pow(step, betaSigma);
    average = average == null ? logGradients.muli(1 - b) : average.muli(b).addi(logGradients.muli(1 - b));
    double[] norms = new TaskGradients(average).norms();
    double largest = 0;
    for (double n : norms) {
      largest = Math.max(largest, n);
    }
    double[] alpha = new double[k];
    for (int i = 0; i < k; i++) {
      alpha[i] = norms[i] > 0 ? largest / norms[i] : 0.0;
    }
    gradients.replaceRows(average);
    return new Combination(alpha, alpha.clone(), inverse);
  }
}
