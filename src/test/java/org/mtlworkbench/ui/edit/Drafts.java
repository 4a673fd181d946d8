package org.mtlworkbench.ui.edit;

import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/** Fixtures: the sample experiments of the repository, and a dataset description to match. */
final class Drafts {
  static final Path HIGH = Path.of("sample-datasets/correlated-high/experiment.json");
  static final Path IMBALANCED = Path.of("sample-datasets/imbalanced/experiment.json");

  private Drafts() {}

  static ExperimentSpec spec(Path file) {
    return ExperimentFiles.read(file);
  }

  /** Three regression targets y1..y3 and 50 features, like the imbalanced sample. */
  static DatasetInfo threeTargets() {
    List<String> features = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> "x" + i).toList();
    return new DatasetInfo("imbalanced.csv", 6000, features, List.of(
        TargetInfo.detected("y1", TaskType.REGRESSION, 6000, 0),
        TargetInfo.detected("y2", TaskType.REGRESSION, 6000, 0),
        TargetInfo.detected("y3", TaskType.REGRESSION, 6000, 0)));
  }

  /** An editor on the imbalanced sample with its tasks taken off, the dataset known. */
  static ExperimentEditor emptyImbalanced() {
    ExperimentSpec spec = spec(IMBALANCED);
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(spec).withTasks(List.of()), IMBALANCED.getParent(), null);
    editor.datasetProperty().set(threeTargets());
    return editor;
  }
}
