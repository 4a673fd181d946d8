package org.mtlworkbench.cluster;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.TaskContext;
import org.mtlworkbench.run.JobRunner;

/**
 * A run whose executor JVM dies (halts, as a machine that goes down or a JVM killed by the OS)
 * on the first {@code deaths} attempts of its task, then runs normally.
 */
record DyingWork(ExperimentWork work, int deaths) implements ClusterWork {
  static final int EXIT = 37;

  @Override
  public String key() {
    return work.key();
  }

  @Override
  public String dir() {
    return work.dir();
  }

  @Override
  public List<String> dataFiles() {
    return work.dataFiles();
  }

  @Override
  public RunEnd run(Path studyDir, LocalData local, JobRunner runner) {
    if (TaskContext.get().attemptNumber() < deaths) {
      Runtime.getRuntime().halt(EXIT);
    }
    return work.run(studyDir, local, runner);
  }
}
