package org.mtlworkbench.diagnostics;

import org.mtlworkbench.data.Batch;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Sharing;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Lookahead task affinity (Fifty et al. 2021, "Efficiently Identifying Task Groupings for
 * Multi-Task Learning", TAG, eq. 1–2): how much one SGD step on task i alone, applied to the
 * shared parameters θ_s, changes task j's loss on the same batch:
 *
 * <pre>θ_s^{t+1|i} = θ_s^t − η ∇_{θ_s} L_i(X, θ_s^t, θ_i^t)
 * Z_{i→j} = 1 − L_j(X, θ_s^{t+1|i}, θ_j^t) / L_j(X, θ_s^t, θ_j^t)</pre>
 *
 * <p>Z &gt; 0: the step on i lowered j's loss (i helps j); Z &lt; 0: it raised it. Heads keep
 * their values, as in the paper. η is the step's learning rate.
 *
 * <p>The probe leaves no trace on training: losses are evaluated in evaluation mode (dropout off,
 * so no random numbers are drawn and the run's dropout masks stay the same), the shared
 * parameters are copied before and copied back after (bit-exact), and the optimiser is not
 * touched. The trainer's next forward pass overwrites the layers' caches and the gradients the
 * probe used. Defined for hard sharing only: under soft sharing a step on task i moves only
 * tower i, which task j does not read, so every Z_{i→j} would be 0.
 */
public final class AffinityProbe {
  private final MtlModel model;
  private final int tasks;
  private final long shared;
  private final INDArray sharedParameters;
  private final INDArray saved;
  private final INDArray[] gradientRows;

  public AffinityProbe(MtlModel model) {
    if (!supports(model)) {
      throw new IllegalArgumentException("task affinity needs hard sharing, got " + model.sharing().id());
    }
    this.model = model;
    this.tasks = model.tasks().size();
    this.shared = model.sharedParameterCount();
    this.sharedParameters = model.parameters().get(NDArrayIndex.interval(0, shared));
    this.saved = sharedParameters.dup();
    INDArray flat = model.taskGradients().reshape(model.taskGradients().length());
    this.gradientRows = new INDArray[tasks];
    for (int k = 0; k < tasks; k++) {
      gradientRows[k] = flat.get(NDArrayIndex.interval(k * shared, (k + 1) * shared));
    }
  }

  /**
   * Whether every task's gradient row lives on the same parameters (every scheme but soft sharing;
   * parameters only one task reaches, such as gates, are outside the rows and, like heads, keep
   * their values); under soft sharing each row belongs to its own tower, so a step "on task i"
   * would not touch task j's parameters.
   */
  public static boolean supports(MtlModel model) {
    return model.sharing() != Sharing.SOFT;
  }

  /**
   * Z for every ordered pair on this batch: {@code z[i][j]} = Z_{i→j}; NaN where task j has no
   * labelled row in the batch or a zero loss (the ratio is undefined). The diagonal is the
   * task's own lookahead gain.
   */
  public double[][] measure(Batch batch, double learningRate) {
    double[] before = model.forward(batch, false);
    model.backwardPerTask();
    saved.assign(sharedParameters);
    double[][] z = new double[tasks][tasks];
    try {
      for (int i = 0; i < tasks; i++) {
        if (i > 0) {
          sharedParameters.assign(saved);
        }
        Nd4j.getBlasWrapper().level1().axpy(shared, -learningRate, gradientRows[i], sharedParameters);
        double[] after = model.forward(batch, false);
        for (int j = 0; j < tasks; j++) {
          z[i][j] = batch.labelled()[j] == 0 || before[j] == 0 ? Double.NaN : 1 - after[j] / before[j];
        }
      }
    } finally {
      sharedParameters.assign(saved);
    }
    return z;
  }
}
