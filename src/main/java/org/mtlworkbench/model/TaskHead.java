package org.mtlworkbench.model;

import org.mtlworkbench.nn.Loss;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The head of one task: its own small network from the shared representation to the task's
 * output, its loss, and the slice of the model's gradient vector its parameters write into.
 */
final class TaskHead {
  private final Task task;
  private final Sequential net;
  private final Loss loss;
  private INDArray gradient;
  private INDArray gradLogits;
  private INDArray lastOutput;

  TaskHead(Task task, Sequential net) {
    this.task = task;
    this.net = net;
    this.loss = task.newLoss();
  }

  Task task() {
    return task;
  }

  Sequential net() {
    return net;
  }

  void bind(INDArray parameterSlice, INDArray gradientSlice) {
    net.bindParameters(parameterSlice);
    this.gradient = gradientSlice;
  }

  /** Forward from the shared representation; returns the task's mean loss over labelled rows. */
  double forward(INDArray shared, INDArray target, INDArray mask, boolean training) {
    lastOutput = net.forward(shared, training);
    if (gradLogits == null || !java.util.Arrays.equals(gradLogits.shape(), lastOutput.shape())) {
      gradLogits = lastOutput.ulike();
    }
    return loss.compute(lastOutput, target, mask, gradLogits);
  }

  /** Output of the last forward (valid until the next forward). */
  INDArray lastOutput() {
    return lastOutput;
  }

  /** Forward in evaluation mode, without the loss. */
  INDArray output(INDArray shared) {
    lastOutput = net.forward(shared, false);
    return lastOutput;
  }

  void scaleGradient(double weight) {
    if (weight != 1.0) {
      gradient.muli(weight);
    }
  }

  /**
   * Backward of this task's loss: writes the head's parameter gradient, scaled by {@code weight},
   * and returns dLoss/d(shared representation), unscaled.
   */
  INDArray backward(double weight) {
    INDArray dShared = net.backward(gradLogits, gradient, true);
    scaleGradient(weight);
    return dShared;
  }
}
