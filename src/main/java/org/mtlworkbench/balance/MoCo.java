package org.mtlworkbench.balance;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MoCo (multi-objective gradient correction), Fernando, Shen, Liu, Chaudhury, Murugesan &amp; Chen,
 * "Mitigating Gradient Bias in Multi-objective Learning: A Provably Convergent Approach" (ICLR
 * 2023), Algorithm 1, after the authors' code as given in LibMTL.
 *
 * <p>MGDA's weights computed from one batch's gradients are biased, and stochastic MGDA need not
 * converge. MoCo tracks each task's gradient with a running estimate y_k and takes a single
 * projected-gradient step on MGDA's weights per training step:
 *
 * <pre>  y_k ← y_k − β_t·(y_k − ĝ_k),   λ ← softmax(λ − γ_t·(YYᵀ + ρI)λ),   d = Yᵀλ,</pre>
 *
 * with β_t = β/t^{σ_β}, γ_t = γ/t^{σ_γ} (options {@code beta} 0.5, {@code betaSigma} 0.5,
 * {@code gamma} 0.1, {@code gammaSigma} 0.5, {@code rho} 0, LibMTL's defaults), y = 0 and λ = 1/K
 * at the start. As in the authors' code, the tracked gradient is ĝ_k = g_k·L_k/||g_k|| (unit
 * gradient times loss) and λ is kept on the simplex by a softmax; the paper's Algorithm 1 tracks g_k
 * itself and projects λ onto the simplex. The update combines the tracked Y, so Y takes the
 * gradients' place ({@link TaskGradients#replaceRows}); λ is the coefficients and the weights
 * shown, and the heads train on their own losses.
 */
public final class MoCo implements BalancingStrategy {
  public static final String NAME = "moco";
  static final OptionInfo BETA = new OptionInfo("beta", OptionInfo.Kind.REAL, 0.5, 0, false, 1, true,
      "Tracking rate β of the gradient estimates");
  static final OptionInfo BETA_SIGMA = OptionInfo.real("betaSigma", 0.5, 0, false, "Decay σ of the tracking rate, β_t = β/t^σ");
  static final OptionInfo GAMMA = OptionInfo.real("gamma", 0.1, 0, true, "Step γ of the weights λ");
  static final OptionInfo GAMMA_SIGMA = OptionInfo.real("gammaSigma", 0.5, 0, false, "Decay σ of the weight step, γ_t = γ/t^σ");
  static final OptionInfo RHO = OptionInfo.real("rho", 0.0, 0, false, "L2 regularisation ρ of the weights' step");
  public static final StrategyInfo INFO =
      StrategyInfo.of(NAME, "MoCo", "MGDA on tracked (running-average) gradients, one weight step per training step",
          new Citation("Fernando, Shen, Liu, Chaudhury, Murugesan & Chen", 2023,
              "Mitigating Gradient Bias in Multi-objective Learning: A Provably Convergent Approach", "ICLR 2023"),
          Requirement.SHARED_PARAMETERS, List.of(BETA, BETA_SIGMA, GAMMA, GAMMA_SIGMA, RHO),
          (o, setup) -> new MoCo(setup.taskCount(), o.real(BETA), o.real(BETA_SIGMA), o.real(GAMMA), o.real(GAMMA_SIGMA), o.real(RHO)));
  private final double beta;
  private final double betaSigma;
  private final double gamma;
  private final double gammaSigma;
  private final double rho;
  private double[] lambda;
  private INDArray tracked;
  private long step;

  public MoCo(int taskCount, double beta, double betaSigma, double gamma, double gammaSigma, double rho) {
    this.beta = beta;
    this.betaSigma = betaSigma;
    this.gamma = gamma;
    this.gammaSigma = gammaSigma;
    this.rho = rho;
    this.lambda = new double[taskCount];
    java.util.Arrays.fill(lambda, 1.0 / taskCount);
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
    double[] norms = gradients.norms();
    double[] scale = new double[k];
    for (int i = 0; i < k; i++) {
      scale[i] = norms[i] > 0 ? context.losses()[i] / norms[i] : 0.0;
    }
    INDArray g = gradients.matrix();
    INDArray estimate = g.mulColumnVector(Nd4j.create(scale, new long[] {k, 1}, g.dataType()));
    step++;
    double b = beta / Math.pow(step, betaSigma);
    double c = gamma / Math.pow(step, gammaSigma);
    tracked = tracked == null ? estimate.muli(b) : tracked.muli(1 - b).addi(estimate.muli(b));
    double[][] yy = new TaskGradients(tracked).gram();
    double[] move = Grams.times(yy, lambda);
    double[] logits = new double[k];
    for (int i = 0; i < k; i++) {
      logits[i] = lambda[i] - c * (move[i] + rho * lambda[i]);
    }
    lambda = Softmax.of(logits);
    gradients.replaceRows(tracked);
    return Combination.direction(lambda.clone());
  }
}
