package org.mtlworkbench.train;

import org.mtlworkbench.common.InputException;

/**
 * How long and how to train.
 *
 * @param epochs passes over the training split (default 10)
 * @param batchSize rows per step (default 64)
 * @param seed seeds the split, the initialisation, the batch order and dropout (default 42)
 * @param diagnosticsEvery compute per-task gradients, their norms and cosines every N steps
 *     (default 1 = every step; 0 = never, unless the strategy needs them)
 * @param threads native compute threads (default 1: on small models one thread is faster than
 *     two, see PERFORMANCE.md)
 * @param affinityEvery measure the lookahead task affinity (Fifty et al. 2021) every N steps
 *     (default 0 = never; hard sharing only). Each measurement costs about K + 1 forward passes
 *     and one per-task backward pass on the step's batch.
 */
public record TrainingSpec(
    Integer epochs, Integer batchSize, Long seed, Integer diagnosticsEvery, Integer threads, Integer affinityEvery) {
  public TrainingSpec {
    epochs = epochs == null ? 10 : epochs;
    batchSize = batchSize == null ? 64 : batchSize;
    seed = seed == null ? 42L : seed;
    diagnosticsEvery = diagnosticsEvery == null ? 1 : diagnosticsEvery;
    threads = threads == null ? 1 : threads;
    affinityEvery = affinityEvery == null ? 0 : affinityEvery;
    if (epochs < 1) {
      throw new InputException("training.epochs must be ≥ 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new InputException("training.batchSize must be ≥ 1, got " + batchSize);
    }
    if (diagnosticsEvery < 0) {
      throw new InputException("training.diagnosticsEvery must be ≥ 0, got " + diagnosticsEvery);
    }
    if (threads < 1 || threads > 64) {
      throw new InputException("training.threads must be between 1 and 64, got " + threads);
    }
    if (affinityEvery < 0) {
      throw new InputException("training.affinityEvery must be ≥ 0, got " + affinityEvery);
    }
  }

  /** The settings without task affinity (the form that existed before it). */
  public TrainingSpec(Integer epochs, Integer batchSize, Long seed, Integer diagnosticsEvery, Integer threads) {
    this(epochs, batchSize, seed, diagnosticsEvery, threads, null);
  }

  public TrainingSpec withEpochs(int e) {
    return new TrainingSpec(e, batchSize, seed, diagnosticsEvery, threads, affinityEvery);
  }

  public TrainingSpec withSeed(long s) {
    return new TrainingSpec(epochs, batchSize, s, diagnosticsEvery, threads, affinityEvery);
  }

  public TrainingSpec withThreads(int t) {
    return new TrainingSpec(epochs, batchSize, seed, diagnosticsEvery, t, affinityEvery);
  }

  public TrainingSpec withDiagnosticsEvery(int n) {
    return new TrainingSpec(epochs, batchSize, seed, n, threads, affinityEvery);
  }

  public TrainingSpec withAffinityEvery(int n) {
    return new TrainingSpec(epochs, batchSize, seed, diagnosticsEvery, threads, n);
  }
}
