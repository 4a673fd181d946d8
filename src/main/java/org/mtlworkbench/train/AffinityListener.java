package org.mtlworkbench.train;

/**
 * A {@link TrainingListener} that also receives the lookahead task affinities the trainer
 * measures every {@code training.affinityEvery} steps ({@link
 * org.mtlworkbench.diagnostics.AffinityProbe}). A separate interface so that listeners which do
 * not care stay as they are.
 */
public interface AffinityListener extends TrainingListener {
  /**
   * @param step the step whose batch was probed (measured before that step's update)
   * @param affinity {@code [i][j]} = Z_{i→j} on that batch; NaN where undefined
   */
  void onAffinity(long step, double[][] affinity);
}
