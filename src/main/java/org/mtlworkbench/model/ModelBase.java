package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What hard and soft sharing have in common: the flat parameter and gradient vectors (shared
 * part first, then the heads), the per-task gradient matrix, and the heads.
 */
abstract class ModelBase implements MtlModel {
  protected final List<Task> tasks;
  protected final List<TaskHead> heads;
  protected final int taskCount;
  protected final long rowLength;
  protected final List<ParameterSegment> segments;
  protected final INDArray parameters;
  protected final INDArray gradient;
  protected final INDArray sharedParameters;
  protected final INDArray sharedGradient;
  protected final INDArray taskGradients;
  /** Row k of {@link #taskGradients}, as flat views. */
  protected final INDArray[] taskGradientRows;
  private final double[] losses;

  /**
   * @param trunkTemplate one trunk (the backbone, or one tower) — for its row length and layers
   * @param trunkCopies how many trunks the shared part holds (1 for hard, K for soft)
   */
  protected ModelBase(List<Task> tasks, List<TaskHead> heads, Sequential trunkTemplate, int trunkCopies, DataType dtype) {
    this.tasks = List.copyOf(tasks);
    this.heads = List.copyOf(heads);
    this.taskCount = tasks.size();
    this.rowLength = trunkTemplate.parameterCount();
    this.segments = trunkTemplate.parameterSegments();
    long sharedLength = rowLength * trunkCopies;
    long total = sharedLength;
    for (TaskHead h : heads) {
      total += h.net().parameterCount();
    }
    this.parameters = Nd4j.create(dtype, total);
    this.gradient = Nd4j.create(dtype, total);
    this.sharedParameters = slice(parameters, 0, sharedLength);
    this.sharedGradient = slice(gradient, 0, sharedLength);
    this.taskGradients = Nd4j.create(dtype, taskCount, rowLength);
    long offset = sharedLength;
    for (TaskHead h : heads) {
      long n = h.net().parameterCount();
      h.bind(slice(parameters, offset, n), slice(gradient, offset, n));
      offset += n;
    }
    INDArray flatTaskGradients = taskGradients.reshape(taskGradients.length());
    this.taskGradientRows = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      taskGradientRows[k] = slice(flatTaskGradients, k * rowLength, rowLength);
    }
    this.losses = new double[taskCount];
  }

  /** A contiguous view {@code [from, from + length)} of a flat vector. */
  protected static INDArray slice(INDArray flat, long from, long length) {
    return flat.get(NDArrayIndex.interval(from, from + length));
  }

  @Override
  public List<Task> tasks() {
    return tasks;
  }

  @Override
  public long sharedParameterCount() {
    return rowLength;
  }

  @Override
  public List<ParameterSegment> sharedSegments() {
    return segments;
  }

  @Override
  public INDArray parameters() {
    return parameters;
  }

  @Override
  public INDArray gradient() {
    return gradient;
  }

  @Override
  public INDArray output(int task) {
    return heads.get(task).lastOutput();
  }

  @Override
  public INDArray taskGradients() {
    return taskGradients;
  }

  /** Multiplies head k's gradient by {@code weights[k]} (after an unweighted per-task backward). */
  protected void scaleHeadGradients(double[] weights) {
    for (int k = 0; k < taskCount; k++) {
      heads.get(k).scaleGradient(weights[k]);
    }
  }

  /** Runs each head on its task's shared representation and returns the losses. */
  /**
   * The gradient-combination step of a model whose task-gradient rows span the whole shared part:
   * heads scaled by their weights, the shared gradient = Σ_k c_k · row k (one 1 × K by K × P GEMM).
   */
  protected void combineTaskRows(double[] headWeights, double[] coefficients, INDArray sharedRow) {
    scaleHeadGradients(headWeights);
    INDArray c = Nd4j.create(coefficients, new long[] {1, taskCount}, taskGradients.dataType());
    Nd4j.gemm(c, taskGradients, sharedRow, false, false, 1.0, 0.0);
  }

  /** Each head's prediction from its own task's representation. */
  protected INDArray[] headOutputs(INDArray[] representations) {
    INDArray[] out = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      out[k] = heads.get(k).output(representations[k]);
    }
    return out;
  }

  protected double[] headLosses(Batch batch, boolean training, java.util.function.IntFunction<INDArray> representation) {
    for (int k = 0; k < taskCount; k++) {
      losses[k] = heads.get(k).forward(representation.apply(k), batch.targets()[k], batch.masks()[k], training);
    }
    return losses.clone();
  }
}
