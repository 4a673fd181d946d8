package org.mtlworkbench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.run.RunRecorder;

/**
 * A trivial {@link ClusterWork} for the tests: one experiment (JSON) recorded into its run
 * directory by {@link RunRecorder}, the code every in-process run goes through.
 */
record ExperimentWork(String key, String dir, String json, List<String> dataFiles) implements ClusterWork {

  static ExperimentWork of(String dir, String json, Path baseDir) {
    ExperimentSpec spec = ExperimentFiles.parse(json, dir);
    return new ExperimentWork(dir, dir, json, ShippedData.files(spec, baseDir));
  }

  @Override
  public RunEnd run(Path studyDir, LocalData local, JobRunner runner) {
    Path out = studyDir.resolve(dir);
    try {
      ShippedData.Placed placed = ShippedData.onExecutor(ExperimentFiles.parse(json, dir), dataFiles, local, studyDir);
      Files.createDirectories(out);
      RecordedRun r = RunRecorder.record(placed.spec(), null, null, out, "test", runner, List.of());
      placed.paths().restore(out);
      return new RunEnd(r.outcome().status().id(), r.outcome().message(), r.outcome().wallSeconds());
    } catch (InputException e) {
      return RunEnd.failed(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
