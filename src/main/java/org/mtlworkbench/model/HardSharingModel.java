package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.Blas;
import org.mtlworkbench.nn.HostBuffer;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hard parameter sharing (Caruana 1997; Ruder 2017 §3): one backbone for all tasks, one head per
 * task. The backbone runs forward once per batch; a task's gradient on it is obtained by a
 * backward pass of that task's head gradient alone (all K of them stacked into one pass).
 */
public final class HardSharingModel extends ModelBase {
  private final Sequential backbone;
  private final boolean stackable;
  private final INDArray coefficientVector;
  private final HostBuffer coefficientWriter = new HostBuffer();
  private INDArray combinedShared;
  private INDArray stackedUpstream;
  /** {@link #stackedUpstream} as K rows, one per task: made once per buffer, not per step. */
  private INDArray representationRows;

  HardSharingModel(List<Task> tasks, Sequential backbone, List<TaskHead> heads, DataType dtype) {
    super(tasks, heads, backbone, 1, dtype);
    this.backbone = backbone;
    backbone.bindParameters(sharedParameters);
    this.stackable = backbone.supportsStackedBackward();
    this.coefficientVector = Nd4j.create(dtype, taskCount);
  }

  @Override
  public Sharing sharing() {
    return Sharing.HARD;
  }

  Sequential backbone() {
    return backbone;
  }

  @Override
  public double[] forward(Batch batch, boolean training) {
    INDArray shared = backbone.forward(batch.features(), training);
    return headLosses(batch, training, k -> shared);
  }

  /**
   * The heads' upstream gradients are stacked into one {@code (K·B) × h} matrix and sent through
   * the backbone once ({@link Sequential#backwardStacked}): per layer K weight-gradient products
   * written straight into the task rows, and one input-gradient product with K·B rows instead of
   * K with B rows. Falls back to K separate passes for a backbone with a layer that cannot stack.
   */
  @Override
  public void backwardPerTask() {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = heads.get(k).backward(1.0);
      int rows = (int) dShared.size(0);
      long block = (long) rows * dShared.size(1);
      if (stackedUpstream == null || stackedUpstream.size(0) != (long) rows * taskCount
          || stackedUpstream.size(1) != dShared.size(1) || stackedUpstream.dataType() != dShared.dataType()) {
        stackedUpstream = Nd4j.create(dShared.dataType(), (long) rows * taskCount, dShared.size(1));
        representationRows = stackedUpstream.reshape(taskCount, stackedUpstream.length() / taskCount);
      }
      Blas.copy(dShared.dataType(), block, Blas.pointer(contiguous(dShared)), Blas.pointer(stackedUpstream, k * block));
      if (!stackable) {
        backbone.backward(dShared, taskGradientRows[k], false);
      }
    }
    if (stackable) {
      backbone.backwardStacked(stackedUpstream, taskCount, taskGradients, 0, false);
    }
  }

  @Override
  public INDArray representationGradients() {
    return stackedUpstream == null ? null : representationRows;
  }

  @Override
  public void backwardCombined(double[] weights) {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = contiguous(heads.get(k).backward(weights[k]));
      DataType t = dShared.dataType();
      if (k == 0) {
        if (combinedShared == null || !java.util.Arrays.equals(combinedShared.shape(), dShared.shape())
            || combinedShared.dataType() != t) {
          combinedShared = Nd4j.create(t, dShared.shape());
        }
        Blas.copy(t, dShared.length(), Blas.pointer(dShared), Blas.pointer(combinedShared));
        if (weights[0] != 1.0) {
          Blas.scal(t, combinedShared.length(), weights[0], Blas.pointer(combinedShared));
        }
      } else {
        Blas.axpy(t, dShared.length(), weights[k], Blas.pointer(dShared), Blas.pointer(combinedShared));
      }
    }
    backbone.backward(combinedShared, sharedGradient, false);
  }

  /** The shared gradient Σ_k c_k g_k is one matrix-vector product Gᵀ·c over the task rows. */
  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    scaleHeadGradients(headWeights);
    coefficientWriter.write(coefficients, coefficientVector);
    Blas.gemv(taskGradients.dataType(), true, taskCount, (int) rowLength, 1.0, Blas.pointer(taskGradients),
        (int) rowLength, Blas.pointer(coefficientVector), 0.0, Blas.pointer(sharedGradient));
  }

  private static INDArray contiguous(INDArray a) {
    return Blas.isContiguous(a) ? a : a.dup('c');
  }

  @Override
  public double addRegularization() {
    return 0.0;
  }

  @Override
  public INDArray[] predict(INDArray features) {
    INDArray shared = backbone.forward(features, false);
    INDArray[] out = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      out[k] = heads.get(k).output(shared);
    }
    return out;
  }
}
