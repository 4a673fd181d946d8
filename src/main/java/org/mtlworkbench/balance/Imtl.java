package org.mtlworkbench.balance;

import java.util.List;

/**
 * IMTL, the whole of Impartial Multi-Task Learning: Liu, Li, Kuang, Xue, Chen, Yang, Liao &amp;
 * Zhang, "Towards Impartial Multi-task Learning" (ICLR 2021), §3.3 — IMTL-L on the losses and
 * IMTL-G on the shared part together, the paper's recommended form and LibMTL's "IMTL".
 *
 * <p>Each task trains on its scaled loss e^{s_k}L_k − s_k with the scales s learned as in {@link
 * ImtlL}: heads get the weight e^{s_k}. The shared part follows {@link ImtlG} on the gradients of
 * the scaled losses, e^{s_k}g_k: α with equal projections of Σ_k α_k e^{s_k} g_k on every unit
 * gradient and Σα = 1, so the coefficients are α_k·e^{s_k}. (Scaling a gradient does not change its
 * unit vector, so the direction is IMTL-G's; the scales set its length.) The weights shown are
 * e^{s_k}. The name {@code imtl} stays IMTL-G alone, as it was, so saved experiments keep their
 * meaning.
 */
public final class Imtl extends NormalizedGramStrategy {
  public static final String NAME = "imtl-lg";
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "IMTL", "IMTL-L's learned loss scales on the losses and IMTL-G on the shared part: the paper's full method",
          ImtlG.PAPER, Requirement.SHARED_PARAMETERS, List.of(ImtlL.LEARNING_RATE),
          (o, setup) -> new Imtl(setup.taskCount(), o.real(ImtlL.LEARNING_RATE)));
  private final ImtlL.LossScales scales;

  public Imtl(int taskCount, double learningRate) {
    this.scales = new ImtlL.LossScales(taskCount, learningRate);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected Combination combineNormalized(double[][] m, StepContext context) {
    int k = m.length;
    double[] e = scales.weightsThenStep(context.losses());
    double[][] scaled = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        scaled[i][j] = e[i] * e[j] * m[i][j];
      }
    }
    double[] alpha = ImtlG.alpha(Grams.normalized(scaled), context.gradients().precision());
    double[] coefficients = new double[k];
    for (int i = 0; i < k; i++) {
      coefficients[i] = alpha[i] * e[i];
    }
    return new Combination(e, coefficients, e.clone());
  }
}
