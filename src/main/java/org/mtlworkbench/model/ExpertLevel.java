package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One extraction level of a mixture of experts (Tang et al. 2020, §4.3, fig. 5): shared experts
 * that read the shared input, each task's own experts and gate that read the task's input, and —
 * below the top level — a shared gate over all of the level's experts that makes the next level's
 * shared input. Task t's gate mixes the shared experts and t's own ({@link ExpertMixture}). MMoE
 * and DSelect-k are one level with no task experts; CGC is one level.
 *
 * <p>Outputs and inputs are indexed by task, with index K for the shared branch.
 */
final class ExpertLevel {
  private final int taskCount;
  private final List<Sequential> shared;
  private final List<List<Sequential>> own;
  private final List<ExpertGate> taskGates;
  private final ExpertGate sharedGate;
  private final int[] sharedParts;
  private final int[][] ownParts;
  private final int[] taskGateParts;
  private final int sharedGatePart;
  private INDArray[] sharedOut;
  private INDArray[][] ownOut;
  private INDArray[] taskWeights;
  private INDArray sharedWeights;

  /**
   * The networks of one level and their parts' ids in the model's {@link PartTable}.
   *
   * @param own own.get(t): task t's experts
   * @param sharedGate null at the top level (then {@code sharedGatePart} is unused)
   */
  ExpertLevel(List<Sequential> shared, List<List<Sequential>> own, List<ExpertGate> taskGates, ExpertGate sharedGate,
      int[] sharedParts, int[][] ownParts, int[] taskGateParts, int sharedGatePart) {
    this.taskCount = taskGates.size();
    this.shared = List.copyOf(shared);
    this.own = own.stream().map(List::copyOf).toList();
    this.taskGates = List.copyOf(taskGates);
    this.sharedGate = sharedGate;
    this.sharedParts = sharedParts;
    this.ownParts = ownParts;
    this.taskGateParts = taskGateParts;
    this.sharedGatePart = sharedGatePart;
  }

  List<Sequential> sharedExperts() {
    return shared;
  }

  List<Sequential> ownExperts(int task) {
    return own.get(task);
  }

  List<ExpertGate> gates() {
    return sharedGate == null ? taskGates : java.util.stream.Stream.concat(taskGates.stream(), java.util.stream.Stream.of(sharedGate)).toList();
  }

  int[] gateParts() {
    int[] out = java.util.Arrays.copyOf(taskGateParts, taskCount + (sharedGate == null ? 0 : 1));
    if (sharedGate != null) {
      out[taskCount] = sharedGatePart;
    }
    return out;
  }

  /** Task t's gate weights of the last forward ({@code B × experts}). */
  INDArray taskWeights(int task) {
    return taskWeights[task];
  }

  /**
   * @param inputs inputs[t] for task t, inputs[K] for the shared branch
   * @return each task's mixture and, below the top level, the shared mixture at index K (null at the top)
   */
  INDArray[] forward(INDArray[] inputs, boolean training) {
    sharedOut = new INDArray[shared.size()];
    for (int e = 0; e < shared.size(); e++) {
      sharedOut[e] = shared.get(e).forward(inputs[taskCount], training);
    }
    ownOut = new INDArray[taskCount][];
    taskWeights = new INDArray[taskCount];
    INDArray[] out = new INDArray[taskCount + 1];
    for (int t = 0; t < taskCount; t++) {
      ownOut[t] = new INDArray[own.get(t).size()];
      for (int e = 0; e < ownOut[t].length; e++) {
        ownOut[t][e] = own.get(t).get(e).forward(inputs[t], training);
      }
      taskWeights[t] = taskGates.get(t).forward(inputs[t], training);
      out[t] = ExpertMixture.mix(taskExperts(t), taskWeights[t]);
    }
    if (sharedGate != null) {
      sharedWeights = sharedGate.forward(inputs[taskCount], training);
      out[taskCount] = ExpertMixture.mix(allExperts(), sharedWeights);
    }
    return out;
  }

  /**
   * Backward of the last forward into vector {@code vector}'s gradient slices.
   *
   * @param dOut ∂L/∂(each output), null where no gradient reaches
   * @param needInput whether ∂L/∂(inputs) is wanted (not at the first level)
   * @return ∂L/∂(each input), null where none reaches or not wanted
   */
  INDArray[] backward(INDArray[] dOut, PartTable parts, int vector, boolean needInput) {
    INDArray[] dShared = new INDArray[shared.size()];
    INDArray[][] dOwn = new INDArray[taskCount][];
    for (int t = 0; t < taskCount; t++) {
      dOwn[t] = new INDArray[own.get(t).size()];
    }
    INDArray[] dIn = new INDArray[taskCount + 1];
    for (int t = 0; t < taskCount; t++) {
      if (dOut[t] == null) {
        continue;
      }
      INDArray[] acc = concat(dShared, dOwn[t]);
      INDArray dWeights = ExpertMixture.backward(dOut[t], taskExperts(t), taskWeights[t], acc);
      split(acc, dShared, dOwn[t]);
      INDArray d = taskGates.get(t).backward(dWeights, parts.gradient(taskGateParts[t], vector), needInput);
      dIn[t] = add(dIn[t], d);
    }
    if (sharedGate != null && dOut[taskCount] != null) {
      INDArray[][] groups = new INDArray[taskCount + 1][];
      groups[0] = dShared;
      System.arraycopy(dOwn, 0, groups, 1, taskCount);
      INDArray[] acc = concat(groups);
      INDArray dWeights = ExpertMixture.backward(dOut[taskCount], allExperts(), sharedWeights, acc);
      split(acc, groups);
      INDArray d = sharedGate.backward(dWeights, parts.gradient(sharedGatePart, vector), needInput);
      dIn[taskCount] = add(dIn[taskCount], d);
    }
    for (int e = 0; e < shared.size(); e++) {
      if (dShared[e] != null) {
        INDArray d = shared.get(e).backward(dShared[e], parts.gradient(sharedParts[e], vector), needInput);
        dIn[taskCount] = add(dIn[taskCount], d);
      }
    }
    for (int t = 0; t < taskCount; t++) {
      for (int e = 0; e < dOwn[t].length; e++) {
        if (dOwn[t][e] != null) {
          INDArray d = own.get(t).get(e).backward(dOwn[t][e], parts.gradient(ownParts[t][e], vector), needInput);
          dIn[t] = add(dIn[t], d);
        }
      }
    }
    return dIn;
  }

  /** Task t's gate reads the shared experts, then t's own. */
  private INDArray[] taskExperts(int t) {
    return concat(sharedOut, ownOut[t]);
  }

  /** The shared gate reads the shared experts, then every task's own, task by task. */
  private INDArray[] allExperts() {
    INDArray[][] groups = new INDArray[taskCount + 1][];
    groups[0] = sharedOut;
    System.arraycopy(ownOut, 0, groups, 1, taskCount);
    return concat(groups);
  }

  private static INDArray[] concat(INDArray[]... groups) {
    int n = 0;
    for (INDArray[] g : groups) {
      n += g.length;
    }
    INDArray[] out = new INDArray[n];
    int i = 0;
    for (INDArray[] g : groups) {
      System.arraycopy(g, 0, out, i, g.length);
      i += g.length;
    }
    return out;
  }

  private static void split(INDArray[] from, INDArray[]... groups) {
    int i = 0;
    for (INDArray[] g : groups) {
      System.arraycopy(from, i, g, 0, g.length);
      i += g.length;
    }
  }

  /** {@code sum + d}, copying {@code d} (a layer's buffer) when {@code sum} is null; null when {@code d} is. */
  static INDArray add(INDArray sum, INDArray d) {
    if (d == null) {
      return sum;
    }
    return sum == null ? d.dup() : sum.addi(d);
  }
}
