package org.mtlworkbench.train;

/**
 * How a run ended.
 *
 * @param status finished, stopped, diverged or failed
 * @param message why it ended, in one sentence ("task 'price' diverged at step 1234: loss is NaN")
 * @param steps steps completed
 * @param wallSeconds wall-clock time of the run
 * @param validation last evaluation on the validation split, or {@code null}
 * @param test evaluation on the test split at the end, or {@code null}
 */
public record RunOutcome(
    RunStatus status, String message, long steps, double wallSeconds, EpochRecord validation, EpochRecord test) {}
