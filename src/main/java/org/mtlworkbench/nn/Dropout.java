package org.mtlworkbench.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout (Srivastava et al. 2014, scaled at training time as in PyTorch): while
 * training, {@code y = x ⊙ m / (1 − p)} with {@code m ~ Bernoulli(1 − p)} drawn afresh at every
 * forward; at evaluation, the identity. Backward is {@code dX = dY ⊙ m / (1 − p)} with the mask
 * of the last forward, so several per-task backward calls see the same mask.
 *
 * <p>The mask comes from the layer's own native generator seeded with {@code seed}, so a run is
 * reproducible by seed and independent of how other code uses ND4J's global generator.
 */
public final class Dropout implements WidthPreserving, StackedBackward, ParameterFree {
  private final double p;
  private final long seed;
  private final org.nd4j.linalg.api.rng.Random rng;
  private final Ops.Multiply forwardOp = new Ops.Multiply();
  private final Ops.Multiply backwardOp = new Ops.Multiply();
  private final BlockProduct stackedBackward = new BlockProduct();
  private ScalarMultiplication scaleOp;

  private INDArray mask;
  private INDArray output;
  private INDArray inputGradient;
  private long width = -1;
  private boolean identity = true;

  /**
   * @param p probability of dropping a unit, in {@code [0, 1)}
   * @param seed seed of the mask generator
   */
  public Dropout(double p, long seed) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
    }
    this.p = p;
    this.seed = seed;
    this.rng = Nd4j.getRandomFactory().getNewRandomInstance(seed);
  }

  public double probability() {
    return p;
  }

  @Override
  public long outputSize() {
    if (width < 0) {
      throw new IllegalStateException(describe() + " takes its width from its input; none seen yet");
    }
    return width;
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    if (input.rank() != 2) {
      throw new IllegalArgumentException(describe() + " expects a B × n batch, got rank " + input.rank());
    }
    width = input.size(1);
    identity = !training || p == 0;
    if (identity) {
      return input;
    }
    if (output == null || !output.equalShapes(input) || output.dataType() != input.dataType()) {
      mask = Nd4j.create(input.dataType(), input.shape());
      output = Nd4j.create(input.dataType(), input.shape());
      inputGradient = Nd4j.create(input.dataType(), input.shape());
    }
    Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, 1 - p), rng);
    scaleOp = Ops.exec(Ops.reuse(scaleOp, mask, mask, (a, b) -> new ScalarMultiplication(a, null, b, 1 / (1 - p))));
    forwardOp.exec(input, mask, output);
    return output;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    if (!needInputGradient) {
      return null;
    }
    if (identity) {
      return gradOutput;
    }
    backwardOp.exec(gradOutput, mask, inputGradient);
    return inputGradient;
  }

  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    if (!needInputGradient) {
      return null;
    }
    if (identity) {
      return gradOutputs;
    }
    return stackedBackward.multiply(gradOutputs, copies, mask);
  }

  @Override
  public String describe() {
    return "dropout " + p + " (seed " + seed + ")";
  }
}
