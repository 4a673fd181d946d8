package org.mtlworkbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Finite-difference checks of a layer under the scalar {@code f = Σ forward(x) ⊙ R} for a fixed
 * random {@code R}, whose gradient with respect to the output is {@code R} itself.
 */
final class LayerChecks {
  static final double TOLERANCE = 1e-6;

  private LayerChecks() {}

  static INDArray random(Random rng, long rows, long cols, double scale) {
    double[] v = new double[(int) (rows * cols)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (2 * rng.nextDouble() - 1) * scale;
    }
    return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
  }

  static double weightedSum(INDArray output, INDArray weights) {
    return output.mul(weights).sumNumber().doubleValue();
  }

  /** Checks dL/dθ (when the layer has parameters) and dL/dx of {@code layer} at {@code x}. */
  static void checkLayer(Layer layer, INDArray params, INDArray x, boolean training, long seed) {
    Random rng = new Random(seed);
    INDArray out = layer.forward(x, training);
    INDArray r = random(rng, out.size(0), out.size(1), 1.0);
    // a first backward with another upstream gradient must not disturb the second (per-task use)
    INDArray other = random(rng, out.size(0), out.size(1), 1.0);
    INDArray grad = params == null ? null : Nd4j.zeros(DataType.DOUBLE, params.length());
    layer.backward(other, grad, true);
    INDArray dx = layer.backward(r, grad, true).dup();
    if (params != null) {
      INDArray analytic = grad.dup();
      GradientCheck.Result res =
          GradientCheck.check(params, analytic, p -> weightedSum(layer.forward(x, training), r));
      assertThat(res.maxRelativeError()).as("parameter gradient of %s: %s", layer.describe(), res).isLessThan(TOLERANCE);
    }
    GradientCheck.Result res = GradientCheck.check(x, dx, in -> weightedSum(layer.forward(in, training), r));
    assertThat(res.maxRelativeError()).as("input gradient of %s: %s", layer.describe(), res).isLessThan(TOLERANCE);
  }
}
