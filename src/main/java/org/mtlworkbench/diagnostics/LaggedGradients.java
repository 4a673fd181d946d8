package org.mtlworkbench.diagnostics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.util.MathArrays;
import org.bytedeco.javacpp.Pointer;
import org.mtlworkbench.balance.TaskGradients;
import org.mtlworkbench.nn.Blas;
import org.mtlworkbench.nn.NativeScratch;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradient measures whose noise is independent: this measured step's task gradients G_t paired
 * with the previous measured step's G_{t−} (kept as a copy), through one cross-Gram matrix
 * C = G_t·G_{t−}ᵀ ({@code K × K}, cost K²·P, no extra backward pass).
 *
 * <p>Why. A minibatch gradient is g_k = μ_k + ξ_k, the true gradient plus noise. Within one step
 * all tasks see the same rows (and dropout masks), so ξ_i and ξ_j are correlated and the
 * same-step inner product g_i·g_j has expectation μ_i·μ_j + tr Cov(ξ_i, ξ_j): the cosine measured
 * at one step mixes the tasks' true directions with the correlation of their noise, and once a
 * model has nearly converged the noise decides its sign. Two different minibatches have
 * independent noise, so E[g_i(t)·g_j(t−)] ≈ μ_i·μ_j (up to the drift of θ between the two steps,
 * O(learning rate)). From C:
 *
 * <ul>
 *   <li>self-agreement a_k = cos(g_k(t), g_k(t−)), E[a_k] ≈ |μ_k|²/|g_k|²: the share of a task's
 *       gradient that is signal, ~0 when the task's gradient is pure noise — the noise floor
 *       (the "gradient noise scale" of McCandlish et al. 2018, "An Empirical Model of Large-Batch
 *       Training", measures the same ratio from two batch sizes);
 *   <li>lagged cross-task cosine ℓ_ij = ½[cos(g_i(t), g_j(t−)) + cos(g_j(t), g_i(t−))], free of
 *       the shared-batch noise term; mean(ℓ_ij)/√(mean(a_i)·mean(a_j)) estimates the cosine of
 *       the true gradients ({@link GradientStatistics#trueCosine});
 *   <li>with the combined gradient d = Σ_j c_j g_j (the strategy's coefficients): the same-step
 *       cosine cos(g_k(t), d(t)), from G·Gᵀ and c: whether the direction the strategy chose
 *       raises task k's loss on the step's batch to first order (g_k·d &lt; 0), and so how often.
 * </ul>
 *
 * <p>The copy is one pass over the K × P matrix per measured step. Not thread-safe: one
 * instance per training run.
 */
public final class LaggedGradients {
  private INDArray previous;
  private double[] previousNorms;

  /** Forgets the previous step (e.g. a new run). */
  public void reset() {
    previousNorms = null;
  }

  /**
   * The lagged measures of this step against the previous call's, then keeps this step's
   * gradients for the next call.
   *
   * @param coefficients c_k of the shared update Σ c_k g_k applied at this step
   * @param sharedUpdate whether Σ c_k g_k is one update of one parameter set (false under soft
   *     sharing, where task k's update moves only its own tower: the update cosines are NaN)
   * @return laggedCosines (diagonal: self-agreement) and updateCosines, as {@link
   *     GradientSnapshot} defines them
   */
  public Measure next(TaskGradients current, double[] coefficients, boolean sharedUpdate) {
    int k = current.taskCount();
    double[][] gram = current.gram();
    double[] norms = current.norms();
    double[][] lagged = GradientSnapshot.nan(k, k);
    double[] updateCosines = GradientSnapshot.nan(k);
    double[][] cross = previousNorms != null && previousNorms.length == k && sameShape(current.matrix(), previous)
        ? crossGram(current.matrix(), previous) : null;
    if (cross != null) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          lagged[i][j] = i == j ? ratio(cross[i][i], norms[i] * previousNorms[i])
              : 0.5 * (ratio(cross[i][j], norms[i] * previousNorms[j]) + ratio(cross[j][i], norms[j] * previousNorms[i]));
        }
      }
    }
    if (sharedUpdate) {
      double[] gc = new Array2DRowRealMatrix(gram, false).operate(coefficients);
      double dNorm = Math.sqrt(Math.max(0.0, MathArrays.linearCombination(coefficients, gc)));
      for (int t = 0; t < k; t++) {
        updateCosines[t] = clamp(ratio(gc[t], norms[t] * dNorm));
      }
    }
    for (int i = 0; i < k; i++) {
      lagged[i][i] = clamp(lagged[i][i]);
    }
    keep(current.matrix(), norms);
    return new Measure(lagged, updateCosines);
  }

  /**
   * The lagged measures of one step.
   *
   * @param laggedCosines ℓ_ij, with a_k on the diagonal
   * @param updateCosines cos(g_k(t), d(t))
   */
  public record Measure(double[][] laggedCosines, double[] updateCosines) {}

  private void keep(INDArray current, double[] norms) {
    if (!sameShape(current, previous)) {
      previous = Nd4j.create(blasType(current), current.rows(), current.columns());
    }
    if (blasReady(current) && current.dataType() == previous.dataType()) {
      // a plain memcpy: measured about 1.5× faster than BLAS's copy on a 4 × 445 696 float matrix
      Pointer.memcpy(Blas.pointer(previous), Blas.pointer(current), current.length() * current.dataType().width());
    } else {
      previous.assign(current);
    }
    previousNorms = norms.clone();
  }

  /** C = A·Bᵀ as doubles. */
  private double[][] crossGram(INDArray a, INDArray b) {
    int k = (int) a.rows();
    INDArray left = blasReady(a) && a.dataType() == b.dataType() ? a : a.castTo(b.dataType()).dup('c');
    DataType t = b.dataType();
    NativeScratch scratch = NativeScratch.forThisThread();
    Pointer out = scratch.buffer(t, (long) k * k);
    if (a.columns() > 0) {
      Blas.gemm(t, false, true, k, k, (int) a.columns(), 1.0, Blas.pointer(left), Blas.leadingDimension(left),
          Blas.pointer(b), Blas.leadingDimension(b), 0.0, out, k);
    } else {
      Pointer.memset(out, 0, (long) k * k * t.width());
    }
    double[] v = scratch.read(t, k * k);
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(v, i * k, c[i], 0, k);
    }
    return c;
  }

  private static boolean sameShape(INDArray a, INDArray b) {
    return b != null && a.rows() == b.rows() && a.columns() == b.columns();
  }

  private static boolean blasReady(INDArray a) {
    return Blas.isContiguous(a) && Blas.isRowMajorMatrix(a) && (a.dataType() == DataType.FLOAT || a.dataType() == DataType.DOUBLE);
  }

  private static DataType blasType(INDArray a) {
    return a.dataType() == DataType.FLOAT ? DataType.FLOAT : DataType.DOUBLE;
  }

  /** a / b, NaN when b is not above 0. */
  private static double ratio(double a, double b) {
    return b > 0 ? a / b : Double.NaN;
  }

  private static double clamp(double c) {
    return Double.isNaN(c) ? c : Math.max(-1.0, Math.min(1.0, c));
  }
}
