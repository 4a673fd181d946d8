package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.Blas;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Soft parameter sharing (Duong et al. 2015, "Low Resource Dependency Parsing: Cross-lingual
 * Parameter Sharing in a Neural Network Parser"; Ruder 2017 §3): each task has its own copy of
 * the backbone (a tower, all of identical shape) and the towers are pulled together by
 *
 * <pre>  Ω = λ · Σ_{i&lt;j} ||θ_i − θ_j||²  =  λK · Σ_k ||θ_k − θ̄||²,
 *   ∂Ω/∂θ_k = 2λ · Σ_{j≠k} (θ_k − θ_j)  =  2λK · (θ_k − θ̄),</pre>
 *
 * <p>with θ̄ the mean tower.
 *
 * <p>The towers are the rows of a {@code K × P} block at the start of the parameter vector, so the
 * penalty and its gradient are a handful of whole-matrix operations. With λ = 0 each task trains
 * exactly as it would alone: tower and head are seeded by the task's name, and nothing else
 * reaches them.
 */
public final class SoftSharingModel extends ModelBase {
  private final List<Sequential> towers;
  private final double lambda;
  private final INDArray towerParameters;
  private final INDArray towerGradients;
  private final INDArray[] sharedGradientRows;
  private final INDArray[] taskRows;

  SoftSharingModel(List<Task> tasks, List<Sequential> towers, List<TaskHead> heads, double lambda, DataType dtype) {
    super(tasks, heads, towers.get(0), towers.size(), dtype);
    this.towers = List.copyOf(towers);
    this.lambda = lambda;
    this.towerParameters = sharedParameters.reshape(taskCount, rowLength);
    this.towerGradients = sharedGradient.reshape(taskCount, rowLength);
    this.sharedGradientRows = new INDArray[taskCount];
    this.taskRows = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      towers.get(k).bindParameters(slice(sharedParameters, k * rowLength, rowLength));
      sharedGradientRows[k] = slice(sharedGradient, k * rowLength, rowLength);
      taskRows[k] = taskGradientRows[k];
    }
  }

  @Override
  public Sharing sharing() {
    return Sharing.SOFT;
  }

  List<Sequential> towers() {
    return towers;
  }

  public double lambda() {
    return lambda;
  }

  @Override
  public double[] forward(Batch batch, boolean training) {
    INDArray[] reps = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      reps[k] = towers.get(k).forward(batch.features(), training);
    }
    return headLosses(batch, training, k -> reps[k]);
  }

  @Override
  public void backwardPerTask() {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = heads.get(k).backward(1.0);
      towers.get(k).backward(dShared, taskRows[k], false);
    }
  }

  @Override
  public void backwardCombined(double[] weights) {
    for (int k = 0; k < taskCount; k++) {
      INDArray dShared = heads.get(k).backward(weights[k]);
      towers.get(k).backward(dShared, sharedGradientRows[k], false);
      if (weights[k] != 1.0) {
        Blas.scal(sharedGradient.dataType(), rowLength, weights[k], Blas.pointer(sharedGradientRows[k]));
      }
    }
  }

  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    scaleHeadGradients(headWeights);
    DataType t = sharedGradient.dataType();
    for (int k = 0; k < taskCount; k++) {
      Blas.copy(t, rowLength, Blas.pointer(taskRows[k]), Blas.pointer(sharedGradientRows[k]));
      if (coefficients[k] != 1.0) {
        Blas.scal(t, rowLength, coefficients[k], Blas.pointer(sharedGradientRows[k]));
      }
    }
  }

  @Override
  public double addRegularization() {
    if (lambda == 0.0 || taskCount < 2) {
      return 0.0;
    }
    // Σ_{i<j} ||θ_i − θ_j||² = K Σ_k ||θ_k − θ̄||²: centred, so no cancellation between two large sums
    INDArray centred = towerParameters.subRowVector(towerParameters.mean(true, 0));
    double norm = centred.norm2Number().doubleValue();
    double value = lambda * taskCount * norm * norm;
    // ∂Ω/∂θ_k = 2λ Σ_{j≠k} (θ_k − θ_j) = 2λK (θ_k − θ̄)
    towerGradients.addi(centred.muli(2 * lambda * taskCount));
    return value;
  }

  @Override
  public INDArray[] predict(INDArray features) {
    INDArray[] out = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      out[k] = heads.get(k).output(towers.get(k).forward(features, false));
    }
    return out;
  }
}
