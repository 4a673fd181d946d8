package org.mtlworkbench.model;

import org.mtlworkbench.nn.FlatViews;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One cross-stitch unit (Misra, Shrivastava, Gupta &amp; Hebert 2016, "Cross-stitch Networks for
 * Multi-task Learning", eq. 1), generalised to K tasks: given the K towers' activations h_j after
 * a layer, task k's next input is
 *
 * <pre>  h̃_k = Σ_j α_kj h_j,
 *   ∂L/∂α_kj = Σ_{rows, units} (∂L/∂h̃_k) ⊙ h_j,   ∂L/∂h_j = Σ_k α_kj ∂L/∂h̃_k.</pre>
 *
 * <p>α is a {@code K × K} view (row k = the weights task k takes from each tower) into the
 * model's flat parameter vector; its gradient is written into the matching view of a gradient row.
 */
final class CrossStitchUnit {
  private final int taskCount;
  private INDArray alpha;
  private INDArray[] lastInputs;

  CrossStitchUnit(int taskCount) {
    this.taskCount = taskCount;
  }

  long parameterCount() {
    return (long) taskCount * taskCount;
  }

  void bind(INDArray flatAlpha) {
    this.alpha = FlatViews.matrix(flatAlpha, 0, taskCount, taskCount);
  }

  /**
   * α = selfWeight on the diagonal and (1 − selfWeight)/(K − 1) elsewhere, so that each row sums
   * to 1; a single task keeps its own activations (α = 1).
   */
  void initialize(double selfWeight) {
    double other = taskCount > 1 ? (1 - selfWeight) / (taskCount - 1) : 0;
    for (int k = 0; k < taskCount; k++) {
      for (int j = 0; j < taskCount; j++) {
        alpha.putScalar(k, j, k == j ? (taskCount > 1 ? selfWeight : 1.0) : other);
      }
    }
  }

  /** Returns h̃ (fresh arrays, which the next layer may keep as its input). */
  INDArray[] forward(INDArray[] h) {
    lastInputs = h;
    INDArray[] mixed = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      mixed[k] = h[0].mul(alpha.getDouble(k, 0));
      for (int j = 1; j < taskCount; j++) {
        mixed[k].addi(h[j].mul(alpha.getDouble(k, j)));
      }
    }
    return mixed;
  }

  /**
   * @param dMixed ∂L/∂h̃_k for each task (an entry may be {@code null}: no gradient reaches it)
   * @param gradAlpha flat {@code K·K} slice to overwrite with ∂L/∂α
   * @return ∂L/∂h_j for each tower
   */
  INDArray[] backward(INDArray[] dMixed, INDArray gradAlpha) {
    INDArray g = FlatViews.matrix(gradAlpha, 0, taskCount, taskCount);
    INDArray[] dH = new INDArray[taskCount];
    for (int j = 0; j < taskCount; j++) {
      dH[j] = lastInputs[j].ulike().assign(0);
    }
    for (int k = 0; k < taskCount; k++) {
      for (int j = 0; j < taskCount; j++) {
        if (dMixed[k] == null) {
          g.putScalar(k, j, 0.0);
          continue;
        }
        g.putScalar(k, j, dMixed[k].mul(lastInputs[j]).sumNumber().doubleValue());
        dH[j].addi(dMixed[k].mul(alpha.getDouble(k, j)));
      }
    }
    return dH;
  }
}
