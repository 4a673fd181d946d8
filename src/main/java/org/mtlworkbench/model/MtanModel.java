package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Multi-Task Attention Network (Liu, Johns &amp; Davison 2019, "End-to-End Multi-Task Learning with
 * Attention", CVPR, §3): one shared conv network, and for each task a soft-attention mask on the
 * feature maps p_j at the end of every conv stage j ({@link BackboneBlocks#convStages}):
 *
 * <pre>  a_1^k = g_1^k(p_1),   a_j^k = g_j^k([p_j ; f_j(â_{j−1}^k)]),   â_j^k = a_j^k ⊙ p_j,
 *   task k's representation = tail(â_J^k).</pre>
 *
 * <p>g_j^k is task k's attention module, two 1×1 convolutions (to C_j channels, ReLU, then to C_j,
 * sigmoid; the authors' modules have batch normalisation after each, which this layer library
 * lacks); f_j, shared by all tasks, carries the attended features of stage j−1 to stage j's
 * resolution and channels — the authors use a 3×3 conv and pooling, here f_j is a copy of stage j's
 * own layers with its own weights, which does the same for any conv backbone. The backbone's
 * layers after its last conv stage (the tail: flatten, dense) run on each task's attended features
 * with one set of shared weights. Where the paper's stage has two feature maps (u_j, read by the
 * mask, and p_j, multiplied by it) ours has one conv stage, so u_j = p_j.
 *
 * <p>Shared parameters (task k's row is ∂L_k with respect to them), in row order: the f_j, the
 * stages, the tail — every task's loss reaches all of them; {@link #sharedSegments()} names the
 * stages' and the tail's layers as hard sharing names the backbone's ({@code conv2d1}, {@code
 * dense1}), so their per-layer norms compare across the two, and f_j's {@code
 * attention-features<j>/conv2d1}. Task k's own parameters, updated like its head and left out of
 * every row: its attention modules g_j^k. The last segment is the tail's last layer (or the last
 * stage's conv), which every task's loss passes through.
 */
public final class MtanModel extends TaskRepresentationModel {
  private final List<Sequential> stages;
  /** features.get(j − 1).get(k): task k's copy of f_j, j ≥ 1. */
  private final List<List<Sequential>> features;
  /** attention.get(k).get(j): g_j^k. */
  private final List<List<Sequential>> attention;
  /** One copy of the tail per task, or empty. */
  private final List<Sequential> tails;
  private final PartTable parts;
  private final int[] stageParts;
  private final int[] featureParts;
  private final int[][] attentionParts;
  private final int tailPart;
  private final INDArray[] scratch;
  private INDArray[] stageOutputs;
  private INDArray[][] masks;

  MtanModel(List<Task> tasks, List<Sequential> stages, List<List<Sequential>> features, List<List<Sequential>> attention,
      List<Sequential> tails, List<TaskHead> heads, PartTable parts, int[] stageParts, int[] featureParts, int[][] attentionParts,
      int tailPart, DataType dtype) {
    super(tasks, heads, parts, dtype);
    this.stages = List.copyOf(stages);
    this.features = features.stream().map(List::copyOf).toList();
    this.attention = attention.stream().map(List::copyOf).toList();
    this.tails = List.copyOf(tails);
    this.parts = parts;
    this.stageParts = stageParts;
    this.featureParts = featureParts;
    this.attentionParts = attentionParts;
    this.tailPart = tailPart;
    this.scratch = new INDArray[stages.size() + 1];
  }

  @Override
  public Sharing sharing() {
    return Sharing.MTAN;
  }

  List<Sequential> stages() {
    return stages;
  }

  List<Sequential> tails() {
    return tails;
  }

  /** g_j^k. */
  Sequential attention(int task, int stage) {
    return attention.get(task).get(stage);
  }

  /** Task k's attention mask a_j^k of the last forward. */
  INDArray mask(int task, int stage) {
    return masks[task][stage];
  }

  @Override
  protected INDArray[] representations(INDArray features, boolean training) {
    int s = stages.size();
    stageOutputs = new INDArray[s];
    INDArray h = features;
    for (int j = 0; j < s; j++) {
      stageOutputs[j] = stages.get(j).forward(h, training);
      h = stageOutputs[j];
    }
    masks = new INDArray[taskCount][s];
    INDArray[] reps = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      INDArray attended = null;
      for (int j = 0; j < s; j++) {
        INDArray in = j == 0 ? stageOutputs[0]
            : Nd4j.hstack(stageOutputs[j], this.features.get(j - 1).get(k).forward(attended, training));
        masks[k][j] = attention.get(k).get(j).forward(in, training);
        attended = masks[k][j].mul(stageOutputs[j]);
      }
      reps[k] = tails.isEmpty() ? attended : tails.get(k).forward(attended, training);
    }
    return reps;
  }

  /** Backward from ∂L/∂(each task's representation) into vector v (row v, or the fused gradient when v = K). */
  @Override
  protected void backwardShared(INDArray[] dTop, int v) {
    (v < taskCount ? taskGradientRows[v] : sharedGradient).assign(0);
    int s = stages.size();
    INDArray[] dStage = new INDArray[s];
    for (int k = 0; k < taskCount; k++) {
      if (dTop[k] == null) {
        continue;
      }
      INDArray dh = tails.isEmpty() ? dTop[k] : tied(tails.get(k), tailPart, s, v, dTop[k]);
      for (int j = s - 1; j >= 0; j--) {
        INDArray p = stageOutputs[j];
        INDArray dMask = dh.mul(p);
        dStage[j] = ExpertLevel.add(dStage[j], dh.mul(masks[k][j]));
        INDArray dIn = attention.get(k).get(j).backward(dMask, parts.gradient(attentionParts[k][j], v), true);
        if (j == 0) {
          dStage[0] = ExpertLevel.add(dStage[0], dIn);
        } else {
          long n = p.size(1);
          dStage[j] = ExpertLevel.add(dStage[j], dIn.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)));
          INDArray dU = dIn.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n)).dup('c');
          dh = tied(features.get(j - 1).get(k), featureParts[j], j, v, dU);
        }
      }
    }
    INDArray g = dStage[s - 1];
    for (int j = s - 1; j >= 0 && g != null; j--) {
      INDArray dIn = stages.get(j).backward(g, parts.gradient(stageParts[j], v), j > 0);
      g = j > 0 ? ExpertLevel.add(dStage[j - 1], dIn) : null;
    }
  }

  /**
   * Backward of one task's copy of a shared part (the tail, an f_j): straight into a task row, and
   * added to the part's gradient when vector v is the fused one (every task's copy adds its share).
   */
  private INDArray tied(Sequential copy, int part, int slot, int v, INDArray dOut) {
    INDArray target = parts.gradient(part, v);
    if (target == null || v < taskCount) {
      return copy.backward(dOut, target, true);
    }
    if (scratch[slot] == null || scratch[slot].dataType() != target.dataType()) {
      scratch[slot] = Nd4j.create(target.dataType(), target.length());
    }
    INDArray dIn = copy.backward(dOut, scratch[slot], true);
    target.addi(scratch[slot]);
    return dIn;
  }
}
