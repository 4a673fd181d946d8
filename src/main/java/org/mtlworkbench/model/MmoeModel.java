package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.Dense;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Multi-gate mixture-of-experts (Ma, Zhao, Yi, Chen, Hong &amp; Chi 2018, "Modeling Task
 * Relationships in Multi-task Learning with Multi-gate Mixture-of-Experts", eq. 5–6): n expert
 * networks f_e (each a copy of the backbone layers) read the input, and task k's representation
 * is a mixture chosen by its own softmax gate,
 *
 * <pre>  g_k(x) = softmax(x W_k + b_k) ∈ Δ^n,   r_k(x) = Σ_e g_k(x)_e · f_e(x),
 *   ∂L/∂f_e = g_k,e ∂L/∂r_k,   ∂L/∂g_k,e = ⟨∂L/∂r_k, f_e⟩,   ∂L/∂z_k = g_k ⊙ (∂L/∂g_k − ⟨∂L/∂g_k, g_k⟩).</pre>
 *
 * <p>Shared part, in this order: expert 1 … n, then gate 1 … K ({@code in × n} weights and n
 * biases each). "Task k's gradient on the shared part" is ∂L_k/∂(experts, gates): its entries on
 * the other tasks' gates are 0, so rows share one parameter set and Σ c_k g_k is a valid update.
 * {@link #sharedSegments()} has one segment per expert layer ({@code expert<e>/dense<i>}) and per
 * gate ({@code gate/<task>}).
 */
public final class MmoeModel extends ModelBase {
  private final List<Sequential> experts;
  private final List<Dense> gates;
  private final int expertCount;
  private final List<ParameterSegment> namedSegments;
  /** [vector][expert] and [vector][gate]: slices of task row k (vector k) or of the fused gradient (vector K). */
  private final INDArray[][] expertSlices;
  private final INDArray[][] gateSlices;
  private final INDArray sharedGradientRow;
  private INDArray[] expertOutputs;
  private INDArray[] gateWeights;

  MmoeModel(List<Task> tasks, List<Sequential> experts, List<Dense> gates, List<TaskHead> heads, DataType dtype) {
    super(tasks, heads, layout(experts, gates), 1, dtype);
    this.experts = List.copyOf(experts);
    this.gates = List.copyOf(gates);
    this.expertCount = experts.size();
    List<ParameterSegment> segs = new ArrayList<>();
    long offset = 0;
    for (int e = 0; e < expertCount; e++) {
      Sequential expert = experts.get(e);
      expert.bindParameters(slice(sharedParameters, offset, expert.parameterCount()));
      for (ParameterSegment s : expert.parameterSegments()) {
        segs.add(new ParameterSegment("expert" + (e + 1) + "/" + s.name(), offset + s.offset(), s.length()));
      }
      offset += expert.parameterCount();
    }
    for (int k = 0; k < taskCount; k++) {
      Dense gate = gates.get(k);
      gate.bindParameters(slice(sharedParameters, offset, gate.parameterCount()));
      segs.add(new ParameterSegment("gate/" + tasks.get(k).name(), offset, gate.parameterCount()));
      offset += gate.parameterCount();
    }
    this.namedSegments = List.copyOf(segs);
    this.expertSlices = new INDArray[taskCount + 1][expertCount];
    this.gateSlices = new INDArray[taskCount + 1][taskCount];
    for (int v = 0; v <= taskCount; v++) {
      INDArray target = v < taskCount ? taskGradientRows[v] : sharedGradient;
      long o = 0;
      for (int e = 0; e < expertCount; e++) {
        expertSlices[v][e] = slice(target, o, experts.get(e).parameterCount());
        o += experts.get(e).parameterCount();
      }
      for (int k = 0; k < taskCount; k++) {
        gateSlices[v][k] = slice(target, o, gates.get(k).parameterCount());
        o += gates.get(k).parameterCount();
      }
    }
    this.sharedGradientRow = sharedGradient.reshape(1, rowLength);
  }

  List<Sequential> experts() {
    return experts;
  }

  private static Sequential layout(List<Sequential> experts, List<Dense> gates) {
    long n = 0;
    for (Sequential e : experts) {
      n += e.parameterCount();
    }
    for (Dense g : gates) {
      n += g.parameterCount();
    }
    return new Sequential(List.of(new SharedLayout(n)));
  }

  @Override
  public Sharing sharing() {
    return Sharing.MMOE;
  }

  @Override
  public List<ParameterSegment> sharedSegments() {
    return namedSegments;
  }

  /** Task k's gate g_k(x) from the last forward, {@code batch × n}. */
  INDArray gate(int task) {
    return gateWeights[task];
  }

  private INDArray[] representations(INDArray features, boolean training) {
    expertOutputs = new INDArray[expertCount];
    for (int e = 0; e < expertCount; e++) {
      expertOutputs[e] = experts.get(e).forward(features, training);
    }
    gateWeights = new INDArray[taskCount];
    INDArray[] reps = new INDArray[taskCount];
    for (int k = 0; k < taskCount; k++) {
      INDArray z = gates.get(k).forward(features, training);
      INDArray g = Transforms.exp(z.subColumnVector(z.max(true, 1)), false);
      g.diviColumnVector(g.sum(true, 1));
      gateWeights[k] = g;
      INDArray r = expertOutputs[0].mulColumnVector(g.getColumn(0, true));
      for (int e = 1; e < expertCount; e++) {
        r.addi(expertOutputs[e].mulColumnVector(g.getColumn(e, true)));
      }
      reps[k] = r;
    }
    return reps;
  }

  @Override
  public double[] forward(Batch batch, boolean training) {
    INDArray[] reps = representations(batch.features(), training);
    return headLosses(batch, training, k -> reps[k]);
  }

  /**
   * Backward of task k's gate for ∂L/∂r_k into vector v's gate slice; adds ∂L/∂f_e into
   * {@code dExperts} (allocated when null).
   */
  private void backwardGate(int k, INDArray dRep, int v, INDArray[] dExperts) {
    INDArray g = gateWeights[k];
    INDArray dg = g.ulike();
    for (int e = 0; e < expertCount; e++) {
      dg.putColumn(e, dRep.mul(expertOutputs[e]).sum(true, 1));
      INDArray part = dRep.mulColumnVector(g.getColumn(e, true));
      if (dExperts[e] == null) {
        dExperts[e] = part;
      } else {
        dExperts[e].addi(part);
      }
    }
    INDArray dz = dg.subColumnVector(dg.mul(g).sum(true, 1)).muli(g);
    gates.get(k).backward(dz, gateSlices[v][k], false);
  }

  private void backwardExperts(INDArray[] dExperts, int v) {
    for (int e = 0; e < expertCount; e++) {
      experts.get(e).backward(dExperts[e], expertSlices[v][e], false);
    }
  }

  @Override
  public void backwardPerTask() {
    for (int k = 0; k < taskCount; k++) {
      INDArray dRep = heads.get(k).backward(1.0);
      INDArray[] dExperts = new INDArray[expertCount];
      for (int j = 0; j < taskCount; j++) {
        if (j != k) {
          gateSlices[k][j].assign(0);
        }
      }
      backwardGate(k, dRep, k, dExperts);
      backwardExperts(dExperts, k);
    }
  }

  @Override
  public void backwardCombined(double[] weights) {
    INDArray[] dExperts = new INDArray[expertCount];
    for (int k = 0; k < taskCount; k++) {
      INDArray dRep = heads.get(k).backward(weights[k]).mul(weights[k]);
      backwardGate(k, dRep, taskCount, dExperts);
    }
    backwardExperts(dExperts, taskCount);
  }

  @Override
  public void combineTaskGradients(double[] headWeights, double[] coefficients) {
    combineTaskRows(headWeights, coefficients, sharedGradientRow);
  }

  @Override
  public double addRegularization() {
    return 0.0;
  }

  @Override
  public INDArray[] predict(INDArray features) {
    return headOutputs(representations(features, false));
  }
}
