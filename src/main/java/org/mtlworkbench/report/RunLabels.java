package org.mtlworkbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.StoredRun;

/**
 * Names for runs in a legend that say how they differ: the experiment name when names differ,
 * then up to {@value #MAX_SETTINGS} settings that differ among the runs of that experiment in a reader's words ({@code strategy=pcgrad},
 * {@code sharing=soft}, {@code backbone layer 1 units=32}; {@link SettingLabels}), then the seed:
 * "multi · strategy=pcgrad · seed 5". Where two runs would
 * still read the same, their folder names are added.
 */
public final class RunLabels {
  static final int MAX_SETTINGS = 3;
  private static final String SEED = "training.seed";
  private static final String NAME = "name";

  private RunLabels() {}

  /**
   * @param specs the runs' experiments
   * @param folders the runs' folder names (to tell identical runs apart)
   * @param withSeed whether the seed counts (false for groups of seeds)
   */
  public static List<String> of(List<ExperimentSpec> specs, List<String> folders, boolean withSeed) {
    List<SpecDiff.Row> diffs = SpecDiff.of(specs);
    boolean names = diffs.stream().anyMatch(r -> r.path().equals(NAME));
    boolean seeds = withSeed && diffs.stream().anyMatch(r -> r.path().equals(SEED));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      // runs of different experiments are told apart by their names; settings name what differs
      // among the runs of one experiment (else a legend of three experiments reads like a diff)
      String name = specs.get(i).name();
      List<Integer> group = new ArrayList<>();
      for (int j = 0; j < specs.size(); j++) {
        if (!names || Objects.equals(specs.get(j).name(), name)) {
          group.add(j);
        }
      }
      List<SpecDiff.Row> settings = SpecDiff.of(group.stream().map(specs::get).toList()).stream()
          .filter(r -> !r.path().equals(NAME) && !r.path().equals(SEED)).limit(MAX_SETTINGS).toList();
      int at = group.indexOf(i);
      List<String> parts = new ArrayList<>();
      if (names || settings.isEmpty() && !seeds) {
        parts.add(name);
      }
      for (SpecDiff.Row r : settings) {
        parts.add(SettingLabels.label(shortPath(r.path())) + "=" + SettingLabels.value(r.values().get(at)));
      }
      if (seeds) {
        parts.add("seed " + specs.get(i).training().seed());
      }
      labels.add(String.join(" · ", parts));
    }
    Map<String, Integer> count = new HashMap<>();
    labels.forEach(l -> count.merge(l, 1, Integer::sum));
    for (int i = 0; i < labels.size(); i++) {
      if (count.get(labels.get(i)) > 1) {
        labels.set(i, labels.get(i) + " (" + folders.get(i) + ")");
      }
    }
    return labels;
  }

  /** The name of a run's folder (what scripts and the runs view know it by). */
  public static String folder(StoredRun run) {
    Path name = run.dir().toAbsolutePath().normalize().getFileName();
    return name == null ? run.dir().toString() : name.toString();
  }

  /**
   * {@code model.sharing} → {@code sharing}; {@code strategy.options.alpha} → {@code options.alpha};
   * but {@code strategy.name} → {@code strategy} and {@code optimizer.type} → {@code optimizer}.
   */
  static String shortPath(String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return path;
    }
    String rest = path.substring(dot + 1);
    return rest.equals("name") || rest.equals("type") ? path.substring(0, dot) : rest;
  }
}
