package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * ExcessMTL, He, Zhou, Zhang, Yun, Xu, Zeng, Chilimbi &amp; Zhao, "Robust Multi-Task Learning with
 * Excess Risks" (ICML 2024), Algorithm 1, after the authors' code.
 *
 * <p>Tasks are weighted by their excess risk — how far each still is from its own optimum — rather
 * than by their loss, so that a task with high irreducible noise (label noise) does not take over.
 * The excess risk of task k is estimated from its gradient g_k on the shared parameters with a
 * diagonal second-order approximation whose Hessian is AdaGrad's: H_k = diag(√(Σ_{τ≤t} g_k(τ)² +
 * 10⁻⁷)), e_k = g_kᵀ H_k⁻¹ g_k. The first step's e_k(1) sets each task's scale; afterwards the
 * weights take a multiplicative (exponentiated-gradient) step, λ_k ← λ_k·exp(η·e_k/e_k(1)), and are
 * renormalised to sum to K. η is the option {@code stepSize} (the paper's and LibMTL's robust step
 * size, default 10⁻²). The weights of the step are used for its own loss, as in the authors' code.
 *
 * <p>The accumulator holds one value per task and shared parameter (K × P, as in the authors'
 * code). A task whose first e_k is 0 (no gradient yet) takes its scale from its first positive e_k
 * and keeps its weight until then.
 */
public final class ExcessMtl implements BalancingStrategy {
  public static final String NAME = "excessmtl";
  static final OptionInfo STEP_SIZE = OptionInfo.real("stepSize", 1e-2, 0, true, "Step η of the multiplicative weight update");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "ExcessMTL", "Weights tasks by their estimated excess risk (distance from their own optimum), not their loss",
          new Citation("He, Zhou, Zhang, Yun, Xu, Zeng, Chilimbi & Zhao", 2024, "Robust Multi-Task Learning with Excess Risks", "ICML 2024"),
          Requirement.TASK_GRADIENTS, List.of(STEP_SIZE), (o, setup) -> new ExcessMtl(setup.taskCount(), o.real(STEP_SIZE)));
  private static final double ADAGRAD_EPSILON = 1e-7;
  private final double stepSize;
  private final double[] weights;
  private final double[] initial;
  private INDArray squaredSum;

  public ExcessMtl(int taskCount, double stepSize) {
    this.stepSize = stepSize;
    this.weights = new double[taskCount];
    Arrays.fill(weights, 1.0);
    this.initial = new double[taskCount];
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
    INDArray g = gradients.matrix();
    INDArray squared = g.mul(g);
    squaredSum = squaredSum == null ? squared.dup() : squaredSum.addi(squared);
    double[] excess = squared.divi(Transforms.sqrt(squaredSum.add(ADAGRAD_EPSILON), false)).sum(1).toDoubleVector();
    int k = weights.length;
    boolean moved = false;
    for (int i = 0; i < k; i++) {
      if (initial[i] > 0) {
        weights[i] *= Math.exp(stepSize * excess[i] / initial[i]);
        moved = true;
      } else if (excess[i] > 0) {
        initial[i] = excess[i];
      }
    }
    if (moved) {
      double sum = Arrays.stream(weights).sum();
      for (int i = 0; i < k; i++) {
        weights[i] *= k / sum;
      }
    }
    return Combination.weighting(weights.clone());
  }
}
