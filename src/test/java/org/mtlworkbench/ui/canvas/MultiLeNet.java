package org.mtlworkbench.ui.canvas;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.TargetInfo;

/** Fixture: the Multi-LeNet experiment of the multi-fashion sample, opened in an editor. */
public final class MultiLeNet {
  public static final Path FILE = Path.of("sample-datasets/multi-fashion/experiment-sample.json");

  private MultiLeNet() {}

  /**
   * An editor on the sample's Multi-LeNet with the dataset described as the generator writes it:
   * 28·28 = 784 pixel features, targets "left" and "right" with 10 classes each.
   */
  public static ExperimentEditor editor() {
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(ExperimentFiles.read(FILE)), FILE.getParent(), null);
    List<String> pixels = IntStream.range(0, 784).mapToObj(i -> "p" + i).toList();
    editor.datasetProperty().set(new DatasetInfo("multi-fashion", 2000, pixels, List.of(
        TargetInfo.detected("left", TaskType.MULTICLASS, 2000, 10),
        TargetInfo.detected("right", TaskType.MULTICLASS, 2000, 10))));
    return editor;
  }
}
