package org.mtlworkbench.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtlworkbench.common.InputException;

/**
 * Turns a {@link DataSpec} and the experiment's target requests into {@link PreparedData}: load
 * or generate, split (seeded), standardise on the training split, apply label budgets.
 */
public final class DataPreparer {
  private DataPreparer() {}

  /**
   * @param spec the data section of the experiment
   * @param baseDir folder that a relative {@code csv} path is relative to (the experiment file's
   *     folder); {@code null} = the working directory
   * @param targets the targets to keep, in the order the model will see them
   * @param seed seeds the split (a generator has its own seed in the spec)
   */
  public static PreparedData load(
      DataSpec spec, Path baseDir, List<TargetRequest> targets, long seed) {
    if (targets == null || targets.isEmpty()) {
      throw new InputException("tasks: name at least one target");
    }
    Set<String> names = new HashSet<>();
    for (TargetRequest t : targets) {
      if (!names.add(t.name())) {
        throw new InputException("tasks: target '" + t.name() + "' is requested twice");
      }
    }
    DataSplits s = loadAndSplit(spec, baseDir, targets, seed);
    Dataset train = s.train();
    Dataset validation = s.validation();
    Dataset test = s.test();
    Standardizer standardizer = null;
    if (spec.standardize()) {
      // The splits are fresh copies that nobody else holds: standardise them in place, so the
      // peak is the loaded matrix plus the splits, not a third copy.
      standardizer = Standardizer.fit(train);
      standardizer.applyInPlace(train);
      standardizer.applyInPlace(validation);
      standardizer.applyInPlace(test);
    }
    for (TargetRequest t : targets) {
      train = LabelBudget.apply(train, t.name(), t.labelBudget());
    }
    return new PreparedData(train, validation, test, standardizer);
  }

  /** The full dataset is local here, so it can be collected as soon as the splits exist. */
  private static DataSplits loadAndSplit(
      DataSpec spec, Path baseDir, List<TargetRequest> targets, long seed) {
    Dataset all = spec.csv() != null ? loadCsv(spec, baseDir, targets) : generate(spec, targets);
    SplitSpec f = spec.split();
    return DataSplits.split(all, f.train(), f.validation(), f.test(), seed);
  }

  private static Dataset loadCsv(DataSpec spec, Path baseDir, List<TargetRequest> targets) {
    Path file;
    try {
      file = Path.of(spec.csv());
    } catch (InvalidPathException e) {
      throw new InputException("data: the csv path '" + spec.csv() + "' is not a valid path", e);
    }
    if (!file.isAbsolute() && baseDir != null) {
      file = baseDir.resolve(file);
    }
    Map<String, TaskType> types = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (TargetRequest t : targets) {
      names.add(t.name());
      if (t.type() != null) {
        types.put(t.name(), t.type());
      }
    }
    return CsvDatasetLoader.load(
        file, new CsvOptions(names, spec.features(), spec.imputation(), types));
  }

  private static Dataset generate(DataSpec spec, List<TargetRequest> targets) {
    Dataset g;
    try {
      g = spec.generator().generate();
    } catch (InputException e) {
      throw new InputException("data.generator." + e.getMessage(), e);
    }
    List<TargetColumn> kept = new ArrayList<>();
    for (TargetRequest t : targets) {
      TargetColumn c = g.findTarget(t.name()).orElseThrow(() -> new InputException(
          "tasks: the " + spec.generator().type() + " generator makes targets "
              + String.join(", ", g.targets().stream().map(TargetColumn::name).toList())
              + "; there is no '" + t.name() + "'"));
      if (t.type() != null && t.type() != c.type()) {
        throw new InputException("tasks: target '" + t.name() + "' is generated as "
            + c.type().name().toLowerCase(java.util.Locale.ROOT) + " and cannot be "
            + t.type().name().toLowerCase(java.util.Locale.ROOT));
      }
      kept.add(c);
    }
    return new Dataset(g.name(), g.featureNames(), g.features(), g.rows(), kept);
  }
}
