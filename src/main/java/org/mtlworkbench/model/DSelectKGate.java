package org.mtlworkbench.model;

import java.util.Random;
import org.mtlworkbench.nn.Dense;
import org.mtlworkbench.nn.FlatViews;
import org.mtlworkbench.nn.HostBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DSelect-k gate (Hazimeh, Zhao, Chowdhery, Sathiamoorthy, Chen, Mazumder, Hong &amp; Chi 2021,
 * "DSelect-k: Differentiable Selection in the Mixture of Experts with Applications to Multi-Task
 * Learning", NeurIPS, §3), conditioned on each example as in the authors' code and LibMTL: k
 * single-expert selectors ({@link BinarySelector}) whose m logits z_i = x Z_i, through the smooth
 * step S ({@link SmoothStep}), pick an expert each, and a softmax over k logits w = x W weighs the
 * selectors:
 *
 * <pre>  q(x) = Σ_i softmax(w)_i · r(S(z_i)),   so at most k experts carry weight once every S is 0 or 1.
 *   ∂L/∂r_i = α_i ∂L/∂q,   ∂L/∂α_i = ⟨∂L/∂q, r_i⟩,   ∂L/∂w = α ⊙ (∂L/∂α − ⟨∂L/∂α, α⟩),
 *   ∂L/∂z_ij = S'(z_ij) · ∂L/∂s_ij.</pre>
 *
 * <p>Where the paper is silent we follow the authors' code: z's weights and biases start uniform
 * in ±γ/100 (every selector near S = 1/2, all experts alike), w's in ±0.05 (Keras's default
 * uniform); when n is not a power of 2 the penalty Σ_{b,i} 1 / Σ_e r_{b,i,e} keeps the selectors
 * off the codes that name no expert; and, when {@code entropy} &gt; 0, the regulariser
 * entropy · Σ_{b,i} −Σ_e r log(r + 10⁻⁶) speeds their way to a single expert. Both penalties are
 * summed over the batch's examples, as there.
 *
 * <p>Parameters: Z ({@code in × k·m} and k·m biases), then W ({@code in × k} and k biases).
 */
final class DSelectKGate implements ExpertGate {
  private static final double LOG_EPSILON = 1e-6;

  private final int experts;
  private final int k;
  private final double entropy;
  private final SmoothStep step;
  private final BinarySelector selector;
  private final int m;
  private final Dense z;
  private final Dense w;
  private final HostBuffer host = new HostBuffer();
  private INDArray zParameters;
  private INDArray wParameters;
  private INDArray scratch;
  private int rows;
  private double[] logits;
  private double[] s;
  private double[] r;
  private double[] alpha;

  DSelectKGate(long inputWidth, int experts, int k, double gamma, double entropy) {
    this.experts = experts;
    this.k = k;
    this.entropy = entropy;
    this.step = new SmoothStep(gamma);
    this.selector = new BinarySelector(experts);
    this.m = selector.bits();
    this.z = new Dense(inputWidth, (long) k * m);
    this.w = new Dense(inputWidth, k);
  }

  @Override
  public long outputSize() {
    return experts;
  }

  @Override
  public long parameterCount() {
    return z.parameterCount() + w.parameterCount();
  }

  @Override
  public void bindParameters(INDArray flat) {
    zParameters = FlatViews.vector(flat, 0, z.parameterCount());
    wParameters = FlatViews.vector(flat, z.parameterCount(), w.parameterCount());
    z.bindParameters(zParameters);
    w.bindParameters(wParameters);
  }

  /** Z uniform in ±γ/100, W uniform in ±0.05, as the authors' code starts them. */
  @Override
  public void initialize(Random rng) {
    fillUniform(zParameters, step.gamma() / 100, rng);
    fillUniform(wParameters, 0.05, rng);
  }

  private void fillUniform(INDArray target, double bound, Random rng) {
    double[] v = new double[(int) target.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (2 * rng.nextDouble() - 1) * bound;
    }
    host.write(v, target);
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    rows = (int) input.size(0);
    logits = HostBuffer.copyOf(z.forward(input, training));
    double[] wl = HostBuffer.copyOf(w.forward(input, training));
    s = new double[logits.length];
    r = new double[rows * k * experts];
    alpha = new double[rows * k];
    double[] q = new double[rows * experts];
    for (int b = 0; b < rows; b++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < k; i++) {
        max = Math.max(max, wl[b * k + i]);
      }
      double total = 0;
      for (int i = 0; i < k; i++) {
        alpha[b * k + i] = Math.exp(wl[b * k + i] - max);
        total += alpha[b * k + i];
      }
      for (int i = 0; i < k; i++) {
        int sel = b * k + i;
        alpha[sel] /= total;
        for (int j = 0; j < m; j++) {
          s[sel * m + j] = step.value(logits[sel * m + j]);
        }
        selector.weights(s, sel * m, r, sel * experts);
        for (int e = 0; e < experts; e++) {
          q[b * experts + e] += alpha[sel] * r[sel * experts + e];
        }
      }
    }
    INDArray out = Nd4j.create(input.dataType(), rows, experts);
    host.write(q, out);
    return out;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    double[] dq = HostBuffer.copyOf(gradOutput);
    double[] dr = new double[r.length];
    double[] dw = new double[alpha.length];
    for (int b = 0; b < rows; b++) {
      double mean = 0;
      for (int i = 0; i < k; i++) {
        int sel = b * k + i;
        double dAlpha = 0;
        for (int e = 0; e < experts; e++) {
          dr[sel * experts + e] = alpha[sel] * dq[b * experts + e];
          dAlpha += dq[b * experts + e] * r[sel * experts + e];
        }
        dw[sel] = dAlpha;
        mean += alpha[sel] * dAlpha;
      }
      for (int i = 0; i < k; i++) {
        dw[b * k + i] = alpha[b * k + i] * (dw[b * k + i] - mean);
      }
    }
    INDArray dz = logitGradient(dr, gradOutput);
    INDArray dwArray = Nd4j.create(gradOutput.dataType(), rows, k);
    host.write(dw, dwArray);
    INDArray fromZ = z.backward(dz, FlatViews.vector(gradParams, 0, z.parameterCount()), needInputGradient);
    INDArray fromW = w.backward(dwArray, FlatViews.vector(gradParams, z.parameterCount(), w.parameterCount()), needInputGradient);
    return needInputGradient ? fromZ.addi(fromW) : null;
  }

  /** ∂L/∂z ({@code B × k·m}) from ∂L/∂r through the selectors and the smooth step. */
  private INDArray logitGradient(double[] dr, INDArray like) {
    double[] ds = new double[s.length];
    for (int sel = 0; sel < rows * k; sel++) {
      selector.backward(s, sel * m, dr, sel * experts, ds);
    }
    for (int i = 0; i < ds.length; i++) {
      ds[i] *= step.derivative(logits[i]);
    }
    INDArray dz = Nd4j.create(like.dataType(), rows, (long) k * m);
    host.write(ds, dz);
    return dz;
  }

  @Override
  public double regularization() {
    if (r == null || !penalized()) {
      return 0.0;
    }
    double total = 0;
    for (int sel = 0; sel < rows * k; sel++) {
      double reachable = 0;
      for (int e = 0; e < experts; e++) {
        double v = r[sel * experts + e];
        reachable += v;
        total -= entropy * v * Math.log(v + LOG_EPSILON);
      }
      if (!selector.isPowerOfTwo()) {
        total += 1 / reachable;
      }
    }
    return total;
  }

  @Override
  public void addRegularizationGradient(INDArray gradParams) {
    if (r == null || !penalized()) {
      return;
    }
    double[] dr = new double[r.length];
    for (int sel = 0; sel < rows * k; sel++) {
      double reachable = 0;
      for (int e = 0; e < experts; e++) {
        reachable += r[sel * experts + e];
      }
      for (int e = 0; e < experts; e++) {
        double v = r[sel * experts + e];
        dr[sel * experts + e] = -entropy * (Math.log(v + LOG_EPSILON) + v / (v + LOG_EPSILON))
            - (selector.isPowerOfTwo() ? 0 : 1 / (reachable * reachable));
      }
    }
    INDArray dz = logitGradient(dr, gradParams);
    if (scratch == null || scratch.dataType() != gradParams.dataType()) {
      scratch = Nd4j.create(gradParams.dataType(), z.parameterCount());
    }
    z.backward(dz, scratch, false);
    FlatViews.vector(gradParams, 0, z.parameterCount()).addi(scratch);
  }

  private boolean penalized() {
    return entropy > 0 || !selector.isPowerOfTwo();
  }

  /** The weights of the k single-expert selectors of the last forward, {@code [example][selector][expert]}. */
  double[][][] selectorWeights() {
    double[][][] out = new double[rows][k][experts];
    for (int b = 0; b < rows; b++) {
      for (int i = 0; i < k; i++) {
        System.arraycopy(r, (b * k + i) * experts, out[b][i], 0, experts);
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "dselect-k gate " + z.inputSize() + "→" + experts + " (k = " + k + ")";
  }
}
