package org.mtlworkbench.train;

import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.data.BatchLoader;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.optim.LearningRateSchedule;
import org.mtlworkbench.optim.Optimizer;

/**
 * Everything one run needs, assembled (from an experiment, by the layer above) and ready.
 *
 * @param model the network
 * @param strategy the balancing strategy
 * @param optimizer one optimiser over the model's whole parameter vector
 * @param schedule the learning rate per step
 * @param train batches of the training split
 * @param validation batches of the validation split (evaluated after every epoch)
 * @param test batches of the test split (evaluated at the end), or {@code null}
 * @param settings epochs, seed, diagnostics interval
 */
public record TrainingJob(
    MtlModel model,
    BalancingStrategy strategy,
    Optimizer optimizer,
    LearningRateSchedule schedule,
    BatchLoader train,
    BatchLoader validation,
    BatchLoader test,
    TrainingSpec settings) {

  public long totalSteps() {
    return (long) settings.epochs() * train.batchesPerEpoch();
  }
}
