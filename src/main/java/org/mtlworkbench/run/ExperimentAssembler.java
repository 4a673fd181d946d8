package org.mtlworkbench.run;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyCompatibility;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.data.BatchLoader;
import org.mtlworkbench.data.DataPreparer;
import org.mtlworkbench.data.PreparedData;
import org.mtlworkbench.data.TargetRequest;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.Optimizer;
import org.mtlworkbench.train.TrainingJob;
import org.mtlworkbench.train.TrainingSpec;
import org.nd4j.linalg.api.buffer.DataType;

/** Turns an experiment spec into a ready {@link TrainingJob}: data, tasks, model, strategy, optimiser. */
public final class ExperimentAssembler {
  private ExperimentAssembler() {}

  /**
   * @param spec the experiment
   * @param baseDir the experiment file's folder (relative data paths are resolved against it)
   */
  public static AssembledRun assemble(ExperimentSpec spec, Path baseDir) {
    StrategyCompatibility.check(spec.strategy(), spec.model().sharingMode());
    TrainingSpec training = spec.training();
    long seed = training.seed();
    List<TargetRequest> requests = spec.tasks().stream().map(ExperimentAssembler::request).toList();
    PreparedData data = DataPreparer.load(spec.data(), baseDir, requests, seed);
    List<Task> tasks = spec.tasks().stream().map(t -> Task.resolve(t, data.train().target(t.target()))).toList();
    MtlModel model = ModelFactory.build(spec.model(), tasks, data.train().featureCount(), seed, DataType.FLOAT);
    List<String> names = tasks.stream().map(Task::name).toList();
    BalancingStrategy strategy = Strategies.create(spec.strategy(), new StrategySetup(names, tasks.stream().map(Task::type).toList(),
        model.sharedSegments(), spec.optimizer().learningRate(), Seeds.derive(seed, "strategy")));
    int batchSize = training.batchSize();
    List<String> targets = tasks.stream().map(Task::target).toList();
    BatchLoader train = new BatchLoader(data.train(), targets, batchSize, DataType.FLOAT);
    if (train.batchesPerEpoch() == 0) {
      throw new InputException("data: the training split is empty; use more rows or a larger data.split.train");
    }
    BatchLoader validation = new BatchLoader(data.validation(), targets, Math.max(batchSize, 256), DataType.FLOAT);
    BatchLoader test = new BatchLoader(data.test(), targets, Math.max(batchSize, 256), DataType.FLOAT);
    long total = (long) training.epochs() * train.batchesPerEpoch();
    Optimizer optimizer = spec.optimizer().create(model.parameters().length(), DataType.FLOAT);
    TrainingJob job =
        new TrainingJob(model, strategy, optimizer, spec.optimizer().createSchedule(train.batchesPerEpoch(), total),
            train, validation, test, training);
    return new AssembledRun(spec, data, job);
  }

  private static TargetRequest request(TaskSpec t) {
    return new TargetRequest(t.target(), t.declaredType(), t.labelBudget());
  }
}
