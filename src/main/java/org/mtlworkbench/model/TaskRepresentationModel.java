package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A scheme whose shared part gives each task a representation of its own (cross-stitch's towers,
 * MTAN's attended features, the experts' per-task mixtures): the heads read task k's
 * representation, and the backward through the shared part starts from ∂L/∂(each task's
 * representation). The steps every such scheme takes the same way live here; a scheme says how
 * it computes the representations and how it takes their gradients back through its own parts.
 */
abstract class TaskRepresentationModel extends ModelBase {
  /** The fused shared gradient as one row, for combining the task rows into it. */
  private final INDArray sharedGradientRow;

  protected TaskRepresentationModel(List<Task> tasks, List<TaskHead> heads, Sequential trunkTemplate, int trunkCopies,
      DataType dtype) {
    super(tasks, heads, trunkTemplate, trunkCopies, dtype);
    sharedGradientRow = sharedGradient.reshape(1, rowLength);
  }

  protected TaskRepresentationModel(List<Task> tasks, List<TaskHead> heads, PartTable parts, DataType dtype) {
    super(tasks, heads, parts, dtype);
    sharedGradientRow = sharedGradient.reshape(1, rowLength);
  }

  /** Each task's representation, {@code K} of them, from the batch's features. */
  protected abstract INDArray[] representations(INDArray features, boolean training);

  /**
   * Backward from ∂L/∂(each task's representation) ({@code null} where a task sends none) into
   * gradient vector {@code v}: task row v, or the fused shared gradient when v = K.
   */
  protected abstract void backwardShared(INDArray[] dTop, int v);

  @Override
  public double[] forward(Batch batch, boolean training) {
    INDArray[] reps = representations(batch.features(), training);
    return headLosses(batch, training, k -> reps[k]);
  }

  @Override
  public void backwardPerTask() {
    for (int k = 0; k < taskCount; k++) {
      INDArray[] dTop = new INDArray[taskCount];
      dTop[k] = heads.get(k).backward(1.0);
      backwardShared(dTop, k);
    }
  }

  @Override
  public void backwardCombined(double[] weights) {
    INDArray[] dTop = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      dTop[k] = heads.get(k).backward(weights[k]).mul(weights[k]);
    }
    backwardShared(dTop, taskCount);
  }

  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    combineTaskRows(headWeights, coefficients, sharedGradientRow);
  }

  /** No penalty of its own unless the scheme has one (DSelect-k's gates). */
  @Override
  public double addRegularization() {
    return 0.0;
  }

  @Override
  public INDArray[] predict(INDArray features) {
    return headOutputs(representations(features, false));
  }
}
