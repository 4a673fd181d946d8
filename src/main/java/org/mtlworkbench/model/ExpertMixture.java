package org.mtlworkbench.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weighted sum a gate makes of its experts' outputs (Ma et al. 2018, eq. 5; Tang et al. 2020,
 * eq. 1; Hazimeh et al. 2021, eq. 1), per example b:
 *
 * <pre>  r_b = Σ_e g_{b,e} f_e(x)_b,   ∂L/∂f_e = g_e ⊙ ∂L/∂r (row by row),   ∂L/∂g_{b,e} = ⟨∂L/∂r_b, f_e(x)_b⟩.</pre>
 */
final class ExpertMixture {
  private ExpertMixture() {}

  /** Σ_e g[:, e] · outputs[e], a new array. */
  static INDArray mix(INDArray[] outputs, INDArray weights) {
    INDArray r = outputs[0].mulColumnVector(weights.getColumn(0, true));
    for (int e = 1; e < outputs.length; e++) {
      r.addi(outputs[e].mulColumnVector(weights.getColumn(e, true)));
    }
    return r;
  }

  /**
   * Backward of {@link #mix}: adds ∂L/∂f_e into {@code dOutputs[e]} (allocated where null) and
   * returns ∂L/∂g ({@code B × n}).
   */
  static INDArray backward(INDArray dMix, INDArray[] outputs, INDArray weights, INDArray[] dOutputs) {
    INDArray dWeights = weights.ulike();
    for (int e = 0; e < outputs.length; e++) {
      dWeights.putColumn(e, dMix.mul(outputs[e]).sum(true, 1));
      INDArray part = dMix.mulColumnVector(weights.getColumn(e, true));
      if (dOutputs[e] == null) {
        dOutputs[e] = part;
      } else {
        dOutputs[e].addi(part);
      }
    }
    return dWeights;
  }
}
