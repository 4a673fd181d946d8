package org.mtlworkbench.model;

import java.util.Random;
import org.mtlworkbench.nn.Dense;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The softmax gate of MMoE (Ma et al. 2018, eq. 6) and of CGC and PLE (Tang et al. 2020, eq. 2):
 * one linear layer on the gate's input, then a softmax over the n experts,
 *
 * <pre>  g(x) = softmax(x W + b),   ∂L/∂z = g ⊙ (∂L/∂g − ⟨∂L/∂g, g⟩)   (z = x W + b, per example).</pre>
 */
final class SoftmaxGate implements ExpertGate {
  private final Dense dense;
  private INDArray weights;

  SoftmaxGate(long inputWidth, int experts) {
    this.dense = new Dense(inputWidth, experts);
  }

  @Override
  public long outputSize() {
    return dense.outputSize();
  }

  @Override
  public long parameterCount() {
    return dense.parameterCount();
  }

  @Override
  public void bindParameters(INDArray flatParameters) {
    dense.bindParameters(flatParameters);
  }

  @Override
  public void initialize(Random rng) {
    dense.initialize(rng);
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    INDArray z = dense.forward(input, training);
    INDArray g = Transforms.exp(z.subColumnVector(z.max(true, 1)), false);
    g.diviColumnVector(g.sum(true, 1));
    weights = g;
    return g;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    INDArray dz = gradOutput.subColumnVector(gradOutput.mul(weights).sum(true, 1)).muli(weights);
    return dense.backward(dz, gradParams, needInputGradient);
  }

  @Override
  public String describe() {
    return "softmax gate " + dense.inputSize() + "→" + dense.outputSize();
  }
}
