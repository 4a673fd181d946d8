package org.mtlworkbench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.RunDirectoryWriter;
import org.mtlworkbench.store.RunManifestWriter;
import org.mtlworkbench.train.FindingsMonitor;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.TrainingListener;

/**
 * Runs one experiment into a run directory with everything the run store keeps: the files of
 * {@link RunDirectoryWriter}, the findings ({@link FindingsMonitor}), and the task affinity when
 * it is measured ({@link AffinityRecorder}). When the run ends, the findings and the affinity are
 * attached to its run.json.
 */
public final class RunRecorder {
  private RunRecorder() {}

  /**
   * @param spec the experiment as it will run
   * @param baseDir the experiment file's folder (relative data paths), or null
   * @param experimentFile the experiment file, for run.json, or null
   * @param dir the run directory
   * @param command the command line that reproduces the run
   * @param runner how to run and follow the job
   * @param extra further listeners (e.g. a display), or none
   */
  public static RecordedRun record(ExperimentSpec spec, Path baseDir, Path experimentFile, Path dir, String command,
      JobRunner runner, List<TrainingListener> extra) {
    return record(spec, baseDir, experimentFile, dir, command, runner, new FindingsMonitor(FindingSettings.DEFAULTS), extra);
  }

  /**
   * As above, with the caller's findings monitor: its {@link FindingsMonitor#log()} holds every
   * step in memory, so a display can follow the run through it instead of keeping a second copy.
   */
  public static RecordedRun record(ExperimentSpec spec, Path baseDir, Path experimentFile, Path dir, String command,
      JobRunner runner, FindingsMonitor monitor, List<TrainingListener> extra) {
    AssembledRun assembled = ExperimentAssembler.assemble(spec, baseDir);
    RunManifestWriter manifest = new RunManifestWriter(dir, spec, experimentFile, command, assembled.dataSummary());
    List<TrainingListener> listeners = new ArrayList<>();
    RunDirectoryWriter writer = new RunDirectoryWriter(dir, manifest);
    listeners.add(writer);
    listeners.add(monitor);
    AffinityRecorder affinity = null;
    if (spec.training().affinityEvery() > 0) {
      affinity = new AffinityRecorder(dir, spec.training().affinityEvery());
      listeners.add(affinity);
    }
    listeners.addAll(extra);
    RunOutcome outcome;
    try {
      outcome = runner.run(assembled.job(), listeners);
    } finally {
      writer.close();
    }
    List<Finding> findings = new ArrayList<>(monitor.current());
    if (affinity != null && affinity.report() != null) {
      manifest.affinity(affinity.report());
      findings.addAll(affinity.findings());
    }
    manifest.findings(findings);
    return new RecordedRun(dir, spec, assembled.job().model().tasks(), assembled.data().train().featureNames(), outcome, manifest);
  }
}
