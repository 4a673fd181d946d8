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
 * What every sharing scheme has in common: the flat parameter and gradient vectors (shared part
 * first, then each task's own parameters where the scheme has any, then the heads), the per-task
 * gradient matrix, and the heads.
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
   * Task k's own parameters besides its head (its gate, its own experts, its attention modules):
   * only L_k reaches them, so they are not in the shared row; their gradient is written straight
   * into {@link #gradient()} and weighted like the head's. {@code null} for a task with none.
   */
  protected final INDArray[] privateParameters;
  /** The gradients of {@link #privateParameters}, views into {@link #gradient()}. */
  protected final INDArray[] privateGradients;

  /**
   * @param trunkTemplate one trunk (the backbone, or one tower) — for its row length and layers
   * @param trunkCopies how many trunks the shared part holds (1 for hard, K for soft)
   */
  protected ModelBase(List<Task> tasks, List<TaskHead> heads, Sequential trunkTemplate, int trunkCopies, DataType dtype) {
    this(tasks, heads, trunkTemplate.parameterCount(), trunkTemplate.parameterSegments(),
        trunkTemplate.parameterCount() * trunkCopies, new long[tasks.size()], dtype);
  }

  /**
   * A model whose trainable parts are listed in {@code parts}: the shared ones make the row (in
   * the table's order), each task's own ones follow the shared part; the table is bound here.
   */
  protected ModelBase(List<Task> tasks, List<TaskHead> heads, PartTable parts, DataType dtype) {
    this(tasks, heads, parts.sharedLength(), parts.sharedSegments(), parts.sharedLength(), parts.privateLengths(), dtype);
    INDArray[] targets = new INDArray[taskCount + 1];
    System.arraycopy(taskGradientRows, 0, targets, 0, taskCount);
    targets[taskCount] = sharedGradient;
    parts.bind(sharedParameters, privateParameters, targets, privateGradients);
  }

  private ModelBase(
      List<Task> tasks, List<TaskHead> heads, long rowLength, List<ParameterSegment> segments, long sharedLength,
      long[] privateLengths, DataType dtype) {
    this.tasks = List.copyOf(tasks);
    this.heads = List.copyOf(heads);
    this.taskCount = tasks.size();
    this.rowLength = rowLength;
    this.segments = List.copyOf(segments);
    long total = sharedLength;
    for (long n : privateLengths) {
      total += n;
    }
    for (TaskHead h : heads) {
      total += h.net().parameterCount();
    }
    this.parameters = Nd4j.create(dtype, total);
    this.gradient = Nd4j.create(dtype, total);
    this.sharedParameters = slice(parameters, 0, sharedLength);
    this.sharedGradient = slice(gradient, 0, sharedLength);
    this.taskGradients = Nd4j.create(dtype, taskCount, rowLength);
    long offset = sharedLength;
    this.privateParameters = new INDArray[taskCount];
    this.privateGradients = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      if (privateLengths[k] > 0) {
        privateParameters[k] = slice(parameters, offset, privateLengths[k]);
        privateGradients[k] = slice(gradient, offset, privateLengths[k]);
        offset += privateLengths[k];
      }
    }
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

  /**
   * Multiplies head k's gradient, and that of task k's own parameters, by {@code weights[k]}
   * (after an unweighted per-task backward).
   */
  protected void scaleHeadGradients(double[] weights) {
    for (int k = 0; k < taskCount; k++) {
      heads.get(k).scaleGradient(weights[k]);
      if (privateGradients[k] != null && weights[k] != 1.0) {
        privateGradients[k].muli(weights[k]);
      }
    }
  }

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
