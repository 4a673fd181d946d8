package org.mtlworkbench.ui.edit;

import java.util.List;
import java.util.Optional;

/**
 * What the editor knows about the experiment's dataset: its size, its feature columns and the
 * target columns a task can be made of (the task palette).
 *
 * @param name shown above the palette (file or generator name)
 * @param rows number of rows
 * @param featureNames the feature columns (never a target, whether or not it is on the model)
 * @param targets the target columns
 */
public record DatasetInfo(String name, int rows, List<String> featureNames, List<TargetInfo> targets) {
  public DatasetInfo {
    featureNames = List.copyOf(featureNames);
    targets = List.copyOf(targets);
  }

  public Optional<TargetInfo> target(String targetName) {
    return targets.stream().filter(t -> t.name().equals(targetName)).findFirst();
  }
}
