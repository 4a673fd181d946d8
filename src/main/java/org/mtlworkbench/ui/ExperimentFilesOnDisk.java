package org.mtlworkbench.ui;

import java.nio.file.Path;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;

/** Where an experiment's data file is written when the experiment is saved somewhere new. */
final class ExperimentFilesOnDisk {
  private ExperimentFilesOnDisk() {}

  /**
   * The spec with its CSV path rewritten for a file in {@code newDir}: relative to it when the
   * data lies below it, absolute otherwise; so the saved file still finds its data.
   */
  static ExperimentSpec rebased(ExperimentSpec spec, Path oldBaseDir, Path newDir) {
    DataSpec d = spec.data();
    if (d.csv() == null) {
      return spec;
    }
    Path csv = Path.of(d.csv());
    Path absolute = (csv.isAbsolute() || oldBaseDir == null ? csv : oldBaseDir.resolve(csv)).toAbsolutePath().normalize();
    Path dir = newDir.toAbsolutePath().normalize();
    String written = absolute.startsWith(dir) ? dir.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    DataSpec data = new DataSpec(written, null, d.features(), d.impute(), d.split(), d.standardize());
    return new ExperimentSpec(spec.schemaVersion(), spec.name(), data, spec.tasks(), spec.model(), spec.optimizer(),
        spec.training(), spec.strategy());
  }
}
