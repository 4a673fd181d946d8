package org.mtlworkbench.experiment;

import java.util.List;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.OptimizerSpec;
import org.mtlworkbench.train.TrainingSpec;

/**
 * A whole experiment as saved in an experiment file (schema version {@value #SCHEMA_VERSION}).
 * Every part is an immutable record whose defaults are defined in that record alone.
 *
 * @param schemaVersion file format version; required
 * @param name shown in the window title, run lists and reports (default "Untitled experiment")
 * @param data where the rows come from and how they are split
 * @param tasks the tasks, in order (at least one)
 * @param model the architecture and sharing scheme
 * @param optimizer optimiser and learning-rate schedule
 * @param training epochs, batch size, seed, diagnostics interval, threads
 * @param strategy balancing strategy
 */
public record ExperimentSpec(
    Integer schemaVersion,
    String name,
    DataSpec data,
    List<TaskSpec> tasks,
    ModelSpec model,
    OptimizerSpec optimizer,
    TrainingSpec training,
    StrategySpec strategy) {

  public static final int SCHEMA_VERSION = 1;

  public ExperimentSpec {
    if (schemaVersion == null) {
      throw new InputException("missing \"schemaVersion\" (this version of MTL Workbench reads " + SCHEMA_VERSION + ")");
    }
    if (schemaVersion != SCHEMA_VERSION) {
      throw new InputException(
          "schemaVersion " + schemaVersion + " is not supported (this version of MTL Workbench reads " + SCHEMA_VERSION + ")");
    }
    name = name == null ? "Untitled experiment" : name;
    if (data == null) {
      throw new InputException("missing \"data\": say where the rows come from (\"csv\" or \"generator\")");
    }
    if (tasks == null || tasks.isEmpty()) {
      throw new InputException("missing \"tasks\": name at least one target column as a task");
    }
    tasks = List.copyOf(tasks);
    model = model == null ? new ModelSpec(null, null, null, null) : model;
    optimizer = optimizer == null ? new OptimizerSpec(null, null, null, null, null, null, null, null, null) : optimizer;
    training = training == null ? new TrainingSpec(null, null, null, null, null, null) : training;
    strategy = strategy == null ? new StrategySpec(null, null) : strategy;
  }

  public ExperimentSpec withTraining(TrainingSpec t) {
    return new ExperimentSpec(schemaVersion, name, data, tasks, model, optimizer, t, strategy);
  }

  public ExperimentSpec withSharing(Sharing s) {
    return new ExperimentSpec(schemaVersion, name, data, tasks, model.withSharing(s), optimizer, training, strategy);
  }

  public ExperimentSpec withStrategy(StrategySpec s) {
    return new ExperimentSpec(schemaVersion, name, data, tasks, model, optimizer, training, s);
  }

  public ExperimentSpec withName(String n) {
    return new ExperimentSpec(schemaVersion, n, data, tasks, model, optimizer, training, strategy);
  }

  public ExperimentSpec withData(DataSpec d) {
    return new ExperimentSpec(schemaVersion, name, d, tasks, model, optimizer, training, strategy);
  }

  /**
   * The same experiment with another balancing strategy: the static weights are kept, the options
   * only when the name does not change ({@link StrategySpec#withName}).
   */
  public ExperimentSpec withStrategyName(String strategyName) {
    return withStrategy(strategy.withName(strategyName));
  }

  public ExperimentSpec withTasks(List<TaskSpec> t) {
    return new ExperimentSpec(schemaVersion, name, data, t, model, optimizer, training, strategy);
  }
}
