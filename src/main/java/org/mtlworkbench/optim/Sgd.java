package org.mtlworkbench.optim;

import org.bytedeco.javacpp.Pointer;
import org.mtlworkbench.nn.Blas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Stochastic gradient descent with optional momentum (Polyak 1964; in the form of Sutskever et
 * al. 2013 as PyTorch's {@code SGD} with zero dampening), optional Nesterov momentum, and weight
 * decay as an L2 term added to the gradient:
 *
 * <pre>
 *   d = g + λ·θ
 *   v ← μ·v + d                    (v starts at 0, so the first step has v = d)
 *   θ ← θ − η·(d + μ·v)            with Nesterov
 *   θ ← θ − η·v                    otherwise (and θ ← θ − η·d when μ = 0)
 * </pre>
 *
 * <p>Each step is three to five BLAS level-1 calls on the flat vectors ({@code scal}, {@code
 * axpy}); the gradient is never modified and nothing is allocated after construction.
 */
public final class Sgd implements Optimizer {
  private final long size;
  private final DataType type;
  private final double momentum;
  private final boolean nesterov;
  private final double weightDecay;
  private final INDArray velocity;

  public Sgd(long size, DataType type, double momentum, boolean nesterov, double weightDecay) {
    FlatVectors.checkedSize(size);
    if (!(momentum >= 0 && momentum < 1) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("need 0 <= momentum < 1 and weightDecay >= 0");
    }
    if (nesterov && momentum == 0) {
      throw new IllegalArgumentException("Nesterov momentum needs momentum > 0");
    }
    this.size = size;
    this.type = FlatVectors.checkedType(type);
    this.momentum = momentum;
    this.nesterov = nesterov;
    this.weightDecay = weightDecay;
    this.velocity = momentum > 0 ? Nd4j.zeros(type, size) : null;
  }

  @Override
  public void step(INDArray parameters, INDArray gradient, double learningRate) {
    FlatVectors.check(parameters, gradient, size, type);
    Pointer p = Blas.pointer(parameters);
    Pointer g = Blas.pointer(gradient);
    if (velocity == null) {
      decay(p, learningRate);
      Blas.axpy(type, size, -learningRate, g, p);
      return;
    }
    Pointer v = Blas.pointer(velocity);
    Blas.scal(type, size, momentum, v);
    Blas.axpy(type, size, 1.0, g, v);
    if (weightDecay > 0) {
      Blas.axpy(type, size, weightDecay, p, v); // uses θ before this step's update
    }
    if (nesterov) {
      decay(p, learningRate);
      Blas.axpy(type, size, -learningRate, g, p);
      Blas.axpy(type, size, -learningRate * momentum, v, p);
    } else {
      Blas.axpy(type, size, -learningRate, v, p);
    }
  }

  /** θ ← (1 − η·λ)·θ, the weight-decay part of −η·(g + λθ). */
  private void decay(Pointer p, double learningRate) {
    if (weightDecay > 0) {
      Blas.scal(type, size, 1 - learningRate * weightDecay, p);
    }
  }
}
