package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hard parameter sharing (Caruana 1997; Ruder 2017 §3): one backbone for all tasks, one head per
 * task. The backbone runs forward once per batch; a task's gradient on it is obtained by a
 * backward pass of that task's head gradient alone.
 */
public final class HardSharingModel extends ModelBase {
  private final Sequential backbone;
  private final INDArray sharedGradientRow;
  private INDArray combinedShared;

  HardSharingModel(List<Task> tasks, Sequential backbone, List<TaskHead> heads, DataType dtype) {
    super(tasks, heads, backbone, 1, dtype);
    this.backbone = backbone;
    backbone.bindParameters(sharedParameters);
    this.sharedGradientRow = sharedGradient.reshape(1, rowLength);
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

  @Override
  public void backwardPerTask() {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = heads.get(k).backward(1.0);
      backbone.backward(dShared, taskGradientRows[k], false);
    }
  }

  @Override
  public void backwardCombined(double[] weights) {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = heads.get(k).backward(weights[k]);
      if (k == 0) {
        if (combinedShared == null || !java.util.Arrays.equals(combinedShared.shape(), dShared.shape())) {
          combinedShared = dShared.ulike();
        }
        combinedShared.assign(dShared);
        if (weights[0] != 1.0) {
          combinedShared.muli(weights[0]);
        }
      } else {
        Nd4j.getBlasWrapper().level1().axpy(dShared.length(), weights[k], dShared, combinedShared);
      }
    }
    backbone.backward(combinedShared, sharedGradient, false);
  }

  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    scaleHeadGradients(headWeights);
    INDArray c = Nd4j.create(coefficients, new long[] {1, taskCount}, taskGradients.dataType());
    Nd4j.gemm(c, taskGradients, sharedGradientRow, false, false, 1.0, 0.0);
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
