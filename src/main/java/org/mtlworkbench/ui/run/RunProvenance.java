package org.mtlworkbench.ui.run;

import java.nio.file.Path;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunFiles;

/**
 * What makes a run started in the window reproducible from its folder alone: the experiment as
 * run, written next to run.json as {@value #FILE} with its data path absolute, and the command
 * line that trains it again. The window's experiment may be a sample opened as a template, an
 * import never saved, or a saved file edited since, so the experiment file is not enough.
 */
final class RunProvenance {
  static final String FILE = RunFiles.EXPERIMENT;

  private RunProvenance() {}

  /** The spec with a relative CSV path resolved against {@code baseDir} (null: left as is). */
  static ExperimentSpec withAbsoluteData(ExperimentSpec spec, Path baseDir) {
    DataSpec d = spec.data();
    if (d.csv() == null || baseDir == null || Path.of(d.csv()).isAbsolute()) {
      return spec;
    }
    String csv = baseDir.resolve(d.csv()).toAbsolutePath().normalize().toString();
    DataSpec data = new DataSpec(csv, null, d.features(), d.impute(), d.split(), d.standardize());
    return new ExperimentSpec(spec.schemaVersion(), spec.name(), data, spec.tasks(), spec.model(), spec.optimizer(),
        spec.training(), spec.strategy());
  }

  /** Writes the experiment into the run directory; returns the command that trains it again. */
  static String writeCopy(ExperimentSpec spec, Path runDir) {
    Path copy = runDir.resolve(FILE);
    ExperimentFiles.write(spec, copy);
    return "mtl-workbench train " + copy + " --out " + runDir.resolveSibling(runDir.getFileName() + "-rerun");
  }
}
