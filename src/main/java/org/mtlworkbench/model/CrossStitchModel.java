package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Cross-stitch networks (Misra, Shrivastava, Gupta &amp; Hebert 2016, "Cross-stitch Networks for
 * Multi-task Learning"): one tower per task, all of identical shape, and after every backbone
 * layer l a learned {@link CrossStitchUnit} mixes the towers' activations, h̃_k = Σ_j α^l_kj h_j.
 *
 * <p>Shared part, in this order: tower 0, …, tower K−1 (each its layers in order), then the L
 * stitch matrices α^1 … α^L ({@code K × K} each). Every task's loss reaches every tower through
 * the stitches, so "task k's gradient on the shared part" is the gradient of L_k with respect to
 * all towers and all stitch units: a row of length K·P_tower + L·K², the same parameter set for
 * every task, so norms and cosines between rows compare like with like (as under hard sharing),
 * and a gradient combination Σ c_k g_k is meaningful. {@link #sharedSegments()} has one segment per
 * tower layer ({@code tower/<task>/layer<l>/dense1}) and one per stitch unit ({@code stitch<l>}).
 *
 * <p>With α = I the towers never meet: the model is soft sharing with λ = 0.
 */
public final class CrossStitchModel extends TaskRepresentationModel {
  private final List<List<Sequential>> blocks;
  private final List<CrossStitchUnit> stitches;
  private final int layerCount;
  private final long towerLength;
  private final List<ParameterSegment> namedSegments;
  /** [vector][task][layer]: block gradient slices of each task row (vector k) and of the fused gradient (vector K). */
  private final INDArray[][][] blockSlices;
  /** [vector][layer]: stitch gradient slices, same vectors as {@link #blockSlices}. */
  private final INDArray[][] stitchSlices;

  /**
   * @param blocks blocks.get(k).get(l): layer l of task k's tower (dense, activation, dropout)
   */
  CrossStitchModel(List<Task> tasks, List<List<Sequential>> blocks, List<TaskHead> heads, DataType dtype) {
    super(tasks, heads, layout(blocks), 1, dtype);
    this.blocks = blocks.stream().map(List::copyOf).toList();
    this.layerCount = blocks.get(0).size();
    this.towerLength = blocks.get(0).stream().mapToLong(Sequential::parameterCount).sum();
    this.stitches = new ArrayList<>();
    for (int l = 0; l < layerCount; l++) {
      stitches.add(new CrossStitchUnit(taskCount));
    }
    List<ParameterSegment> segs = new ArrayList<>();
    long offset = 0;
    for (int k = 0; k < taskCount; k++) {
      for (int l = 0; l < layerCount; l++) {
        Sequential block = this.blocks.get(k).get(l);
        block.bindParameters(slice(sharedParameters, offset, block.parameterCount()));
        for (ParameterSegment s : block.parameterSegments()) {
          segs.add(new ParameterSegment(
              "tower/" + tasks.get(k).name() + "/layer" + (l + 1) + "/" + s.name(), offset + s.offset(), s.length()));
        }
        offset += block.parameterCount();
      }
    }
    for (int l = 0; l < layerCount; l++) {
      CrossStitchUnit unit = stitches.get(l);
      unit.bind(slice(sharedParameters, offset, unit.parameterCount()));
      segs.add(new ParameterSegment("stitch" + (l + 1), offset, unit.parameterCount()));
      offset += unit.parameterCount();
    }
    this.namedSegments = List.copyOf(segs);
    this.blockSlices = new INDArray[taskCount + 1][][];
    this.stitchSlices = new INDArray[taskCount + 1][];
    for (int v = 0; v <= taskCount; v++) {
      INDArray target = v < taskCount ? taskGradientRows[v] : sharedGradient;
      blockSlices[v] = new INDArray[taskCount][layerCount];
      stitchSlices[v] = new INDArray[layerCount];
      long o = 0;
      for (int k = 0; k < taskCount; k++) {
        for (int l = 0; l < layerCount; l++) {
          long n = this.blocks.get(k).get(l).parameterCount();
          blockSlices[v][k][l] = slice(target, o, n);
          o += n;
        }
      }
      for (int l = 0; l < layerCount; l++) {
        long n = stitches.get(l).parameterCount();
        stitchSlices[v][l] = slice(target, o, n);
        o += n;
      }
    }
  }

  private static Sequential layout(List<List<Sequential>> blocks) {
    int k = blocks.size();
    long tower = blocks.get(0).stream().mapToLong(Sequential::parameterCount).sum();
    long stitches = (long) blocks.get(0).size() * k * k;
    return new Sequential(List.of(new SharedLayout(k * tower + stitches)));
  }

  /** Sets every stitch unit to selfWeight on the diagonal, (1 − selfWeight)/(K − 1) elsewhere. */
  void initializeStitches(double selfWeight) {
    for (CrossStitchUnit unit : stitches) {
      unit.initialize(selfWeight);
    }
  }

  /** Task k's tower, one block per backbone layer. */
  List<Sequential> tower(int k) {
    return blocks.get(k);
  }

  /** P_tower: the parameters of one tower. */
  public long towerParameterCount() {
    return towerLength;
  }

  @Override
  public Sharing sharing() {
    return Sharing.CROSS_STITCH;
  }

  @Override
  public List<ParameterSegment> sharedSegments() {
    return namedSegments;
  }

  @Override
  protected INDArray[] representations(INDArray features, boolean training) {
    INDArray[] x = new INDArray[taskCount];
    java.util.Arrays.fill(x, features);
    for (int l = 0; l < layerCount; l++) {
      INDArray[] h = new INDArray[taskCount];
      for (int k = 0; k < taskCount; k++) {
        h[k] = blocks.get(k).get(l).forward(x[k], training);
      }
      x = stitches.get(l).forward(h);
    }
    return x;
  }

  /** Backward from ∂L/∂(each task's representation) into gradient vector v's slices. */
  @Override
  protected void backwardShared(INDArray[] dTop, int v) {
    INDArray[] d = dTop;
    for (int l = layerCount - 1; l >= 0; l--) {
      INDArray[] dH = stitches.get(l).backward(d, stitchSlices[v][l]);
      INDArray[] below = new INDArray[taskCount];
      for (int k = 0; k < taskCount; k++) {
        below[k] = blocks.get(k).get(l).backward(dH[k], blockSlices[v][k][l], l > 0);
      }
      d = below;
    }
  }
}
