package org.mtlworkbench.balance;

/**
 * For the strategies that work with log L_k (GLS, IMTL-L, STCH, FAMO, DB-MTL): ∇ log L_k =
 * ∇L_k / L_k, so a loss weight 1/L_k turns a task's gradient into its log-loss gradient.
 *
 * <p>A batch without a labelled row for task k gives L_k = 0 (the model's convention), and so
 * does a task fitted exactly; either way its gradient is 0. The authors' codes add ε (10⁻⁸,
 * 10⁻²⁰) to L_k, which gives such a task a weight of 1/ε on a zero gradient, and makes a product
 * of losses (GLS) zero for every task. Here such a task simply does not count: weight 0, and it is
 * left out of every sum over tasks.
 */
final class LogLosses {
  private LogLosses() {}

  /** Whether task k's loss carries information this step (L_k &gt; 0). */
  static boolean counts(double loss) {
    return loss > 0;
  }

  /** 1/L_k, or 0 where the loss does not count. */
  static double[] inverse(double[] losses) {
    double[] w = new double[losses.length];
    for (int k = 0; k < w.length; k++) {
      w[k] = counts(losses[k]) ? 1 / losses[k] : 0.0;
    }
    return w;
  }
}
