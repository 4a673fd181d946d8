package org.mtlworkbench.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * Runs whose experiments differ only by the training seed belong together: their curves are
 * drawn as one mean ± std band. Everything else (data seed, split, label budgets, every
 * hyperparameter) has to match.
 */
public final class SeedGroups {
  private SeedGroups() {}

  /** Indices into {@code specs}, grouped, groups in the order of their first run. */
  public static List<List<Integer>> of(List<ExperimentSpec> specs) {
    Map<Map<String, String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      ObjectNode tree = ExperimentFiles.mapper().valueToTree(specs.get(i));
      if (tree.get("training") instanceof ObjectNode training) {
        training.remove("seed");
      }
      groups.computeIfAbsent(SpecDiff.flatten(tree), k -> new ArrayList<>()).add(i);
    }
    return List.copyOf(groups.values());
  }
}
