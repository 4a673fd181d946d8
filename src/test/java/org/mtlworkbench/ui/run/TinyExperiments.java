package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.train.TrainingSpec;

/** Small, quick experiments on the repository's samples, for tests that really train. */
public final class TinyExperiments {
  public static final Path HIGH_DIR = Path.of("sample-datasets/correlated-high");

  private TinyExperiments() {}

  /** Two tasks, an 8-unit backbone; {@code epochs} × 100 steps (6400 training rows, batch 64). */
  public static ExperimentSpec correlatedHigh(int epochs) {
    ExperimentSpec s = ExperimentFiles.read(HIGH_DIR.resolve("experiment.json"));
    ExperimentSpec small =
        new ExperimentSpec(s.schemaVersion(), s.name(), s.data(), s.tasks(),
            new ModelSpec("hard", List.of(LayerSpec.of(8)), List.of(), null), s.optimizer(), s.training(), s.strategy());
    return small.withTraining(new TrainingSpec(epochs, 64, 7L, 1, 1));
  }
}
