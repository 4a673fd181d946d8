package org.mtlworkbench.run;

import java.util.Map;
import org.mtlworkbench.data.PreparedData;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.TrainingJob;

/**
 * An experiment made ready to run: the training job and the data it runs on.
 *
 * @param spec the experiment as it will run
 * @param data the prepared splits
 * @param job everything the trainer needs
 */
public record AssembledRun(ExperimentSpec spec, PreparedData data, TrainingJob job) {

  /** A summary of the data for {@code run.json}. */
  public Map<String, Object> dataSummary() {
    return ExperimentFiles.mapper().convertValue(data.summary(), Map.class);
  }
}
