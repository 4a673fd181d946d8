package org.mtlworkbench.model;

import java.util.List;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A multi-task network: input → backbone (shared, or one tower per task) → one head per task.
 *
 * <p>All trainable parameters live in one flat vector ({@link #parameters()}), the shared part
 * first, then the heads; {@link #gradient()} has the same layout and is what the optimiser
 * applies. Besides that, the model can give each task's own gradient on the shared part as one row
 * of a {@code K × P} matrix ({@link #taskGradients()}): under hard sharing the gradient of L_k
 * with respect to the backbone, under soft sharing with respect to task k's own tower (towers have
 * identical shapes, so rows compare layer by layer). Diagnostics and balancing strategies read
 * those rows. Parameters that only task k's loss reaches (a gate, a task's own experts, its
 * attention modules) are not in the rows: like task k's head they follow task k's own gradient,
 * weighted by the strategy's head weight (the schema documentation lists what each scheme shares).
 *
 * <p>A step: {@link #forward}; then either {@link #backwardCombined} (one fused backward of
 * Σ w_k L_k, when nobody needs per-task gradients), or {@link #backwardPerTask} followed by
 * {@link #combineTaskGradients}; then {@link #addRegularization};
 * then the optimiser applies {@link #gradient()} to {@link #parameters()}.
 */
public interface MtlModel {

  List<Task> tasks();

  Sharing sharing();

  /** P: the length of one task's gradient row on the shared part. */
  long sharedParameterCount();

  /** The layers of one shared row, with their offsets, for per-layer gradient norms. */
  List<ParameterSegment> sharedSegments();

  /** All trainable parameters, flat. */
  INDArray parameters();

  /** The gradient the optimiser applies, same layout as {@link #parameters()}. */
  INDArray gradient();

  /** {@code K × P}: row k is task k's gradient on the shared part; valid after {@link #backwardPerTask}. */
  INDArray taskGradients();

  /**
   * {@code K × (B·h)}: row k is ∂L_k/∂Z, task k's gradient with respect to the shared
   * representation Z (the backbone's output, B rows of width h), valid after {@link
   * #backwardPerTask}; {@code null} when the model has no single representation that every task
   * reads (only hard sharing has one). MGDA-UB (Sener &amp; Koltun 2018, §3.3) balances on these.
   */
  default INDArray representationGradients() {
    return null;
  }

  /** Forward pass of a batch; returns each task's mean loss over its labelled rows (0 when none). */
  double[] forward(Batch batch, boolean training);

  /**
   * Per-task backward after {@link #forward}: fills {@link #taskGradients()} and writes each head's
   * gradient of its own (unweighted) loss into {@link #gradient()}. The shared part of {@link
   * #gradient()} is set afterwards by {@link #combineTaskGradients}.
   */
  void backwardPerTask();

  /** One fused backward of Σ w_k L_k after {@link #forward}, into the whole of {@link #gradient()}. */
  void backwardCombined(double[] weights);

  /**
   * After {@link #backwardPerTask}: scales head k's gradient (and that of task k's own parameters)
   * by {@code headWeights[k]} and sets the shared part of {@link #gradient()} to Σ_k c_k g_k
   * (every scheme but soft sharing) or, tower by tower, c_k g_k (soft sharing).
   */
  void combineTaskGradients(double[] headWeights, double[] coefficients);

  /**
   * Adds the gradient of any penalty (soft sharing's tie; DSelect-k's gate penalties on the last
   * training forward) to {@link #gradient()}; returns its value.
   */
  double addRegularization();

  /** Task k's output from the last {@link #forward} (valid until the next forward). */
  INDArray output(int task);

  /** Each task's output for {@code features} in evaluation mode (arrays valid until the next call). */
  INDArray[] predict(INDArray features);
}
