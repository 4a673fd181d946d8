package org.mtlworkbench.train;

/**
 * Receives what the trainer publishes, on the training thread (DJL's TrainingListener seam).
 *
 * <p>Listeners must be quick: they copy what they need and return. A listener that writes files
 * buffers; one that feeds a display stores and lets the display poll. A listener that throws stops
 * the run with status {@link RunStatus#FAILED}.
 */
public interface TrainingListener {
  default void onStart(RunInfo info) {}

  default void onStep(StepRecord record) {}

  default void onEpoch(EpochRecord record) {}

  default void onFinish(RunOutcome outcome) {}
}
