package org.mtlworkbench.optim;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter 2019, "Decoupled Weight Decay
 * Regularization", Algorithm 2): the decay shrinks the parameters directly instead of entering
 * the moments, {@code θ ← (1 − η·λ)·θ − η/(1 − β1^t) · m / (√v / √(1 − β2^t) + ε)} with {@code m,
 * v} built from the raw gradient. As in PyTorch's {@code AdamW}, the decay is scaled by the
 * scheduled rate {@code η}.
 */
public final class AdamW extends Adam {
  public AdamW(long size, DataType type, double beta1, double beta2, double epsilon, double weightDecay) {
    super(size, type, beta1, beta2, epsilon, weightDecay, true);
  }
}
