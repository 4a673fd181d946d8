package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.nn.Layer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The mixtures of experts: MMoE (Ma et al. 2018), CGC and PLE (Tang, Liu, Zhao &amp; Gong 2020,
 * "Progressive Layered Extraction (PLE): A Novel Multi-Task Learning (MTL) Model for Personalized
 * Recommendations", RecSys) and DSelect-k (Hazimeh et al. 2021), as a stack of {@link
 * ExpertLevel}s: the input goes through the levels, and task k's head reads task k's mixture at
 * the top.
 *
 * <ul>
 *   <li>MMoE: one level, n shared experts (copies of the backbone), a softmax gate per task;
 *   <li>CGC: one level, shared experts and each task's own experts, a softmax gate per task over
 *       the shared ones and its own;
 *   <li>PLE: CGC at every level, the levels cut from the backbone's layers ({@link
 *       BackboneBlocks#levels}); below the top a shared gate over all the level's experts feeds
 *       the next level's shared experts and gate, and task k's experts and gate read task k's
 *       mixture of the level below;
 *   <li>DSelect-k: one level, n shared experts, a {@link DSelectKGate} per task.
 * </ul>
 *
 * <p>Shared parameters (task k's row is ∂L_k with respect to them): the parts more than one task's
 * loss reaches — every shared expert, and in PLE also every part below the top two levels' task
 * gates: a task's experts below the top feed the shared gate, and a task's gate two or more levels
 * below the top feeds those experts. Task k's own parameters, updated like its head and left out
 * of every row (as LibMTL's {@code get_share_params} leaves out gates and task experts): its gate,
 * its experts at the top level, and in PLE its gate at the level below the top, which only its
 * top level reads. {@link #sharedSegments()}: one segment per layer of each shared part, in row
 * order, named as {@link ExpertModels} names the parts ({@code expert1/dense1}, {@code
 * level1/y1/expert1/dense1}, {@code level1/gate/y1}, {@code level1/shared-gate}).
 */
public final class ExpertModel extends TaskRepresentationModel {
  private final Sharing sharing;
  private final List<ExpertLevel> levels;
  private final PartTable parts;
  private final List<ExpertGate> gates = new ArrayList<>();
  private final List<Integer> gateParts = new ArrayList<>();

  ExpertModel(Sharing sharing, List<Task> tasks, List<ExpertLevel> levels, List<TaskHead> heads, PartTable parts, DataType dtype) {
    super(tasks, heads, parts, dtype);
    this.sharing = sharing;
    this.levels = List.copyOf(levels);
    this.parts = parts;
    for (ExpertLevel level : levels) {
      gates.addAll(level.gates());
      for (int p : level.gateParts()) {
        gateParts.add(p);
      }
    }
  }

  @Override
  public Sharing sharing() {
    return sharing;
  }

  List<ExpertLevel> levels() {
    return levels;
  }

  /**
   * Each expert as one chain of layers through the levels (shared expert e, then task t's expert
   * e for every task), for checking shapes against the backbone.
   */
  List<List<Layer>> expertChains() {
    List<List<Layer>> out = new ArrayList<>();
    ExpertLevel first = levels.get(0);
    for (int e = 0; e < first.sharedExperts().size(); e++) {
      int expert = e;
      out.add(levels.stream().flatMap(l -> l.sharedExperts().get(expert).layers().stream()).toList());
    }
    for (int t = 0; t < taskCount; t++) {
      for (int e = 0; e < first.ownExperts(t).size(); e++) {
        int task = t;
        int expert = e;
        out.add(levels.stream().flatMap(l -> l.ownExperts(task).get(expert).layers().stream()).toList());
      }
    }
    return out;
  }

  /** Task k's gate weights at the top level in the last forward, {@code B × experts}. */
  INDArray gate(int task) {
    return levels.get(levels.size() - 1).taskWeights(task);
  }

  @Override
  protected INDArray[] representations(INDArray features, boolean training) {
    INDArray[] x = new INDArray[taskCount + 1];
    Arrays.fill(x, features);
    for (ExpertLevel level : levels) {
      x = level.forward(x, training);
    }
    return x;
  }

  /** Backward from ∂L/∂(each task's top mixture) into vector v (row v, or the fused gradient when v = K). */
  @Override
  protected void backwardShared(INDArray[] dTop, int v) {
    (v < taskCount ? taskGradientRows[v] : sharedGradient).assign(0);
    INDArray[] d = Arrays.copyOf(dTop, taskCount + 1);
    for (int j = levels.size() - 1; j >= 0; j--) {
      d = levels.get(j).backward(d, parts, v, j > 0);
    }
  }

  /** The gates' penalties on the last forward (DSelect-k's; 0 for softmax gates), added to {@link #gradient()}. */
  @Override
  public double addRegularization() {
    double total = 0;
    for (int i = 0; i < gates.size(); i++) {
      total += gates.get(i).regularization();
      gates.get(i).addRegularizationGradient(parts.gradient(gateParts.get(i), taskCount));
    }
    return total;
  }
}
