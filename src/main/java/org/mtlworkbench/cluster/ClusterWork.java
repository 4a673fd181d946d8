package org.mtlworkbench.cluster;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.run.JobRunner;

/**
 * One run of a study as a cluster runs it: one Spark task writes one run directory. It travels
 * from the driver to an executor, so it is {@link Serializable} and holds only plain values (the
 * study or experiment as JSON text, the run's key); the code that runs it is the same the
 * in-process study calls, so the run's {@code metrics.csv} is the same wherever it runs.
 */
public interface ClusterWork extends Serializable {

  /** Which run, for the lines people read ("pcgrad · hard · seed 5"). */
  String key();

  /** The run directory it writes, relative to the study directory, with '/' between parts. */
  String dir();

  /**
   * The data files the run reads, as absolute paths on the driver. They are shipped to the
   * executors with Spark's own file distribution; {@link LocalData} finds an executor's copy.
   */
  List<String> dataFiles();

  /**
   * Runs it into {@code studyDir.resolve(dir())}.
   *
   * @param studyDir a study directory of the executor's own (fresh and empty but for this run)
   * @param local where this machine's copies of {@link #dataFiles()} are
   * @param runner runs the training job (stops it when the task is cancelled)
   * @return how it ended; a failure inside the run (bad data, divergence) is an ended run, never
   *     an exception
   */
  RunEnd run(Path studyDir, LocalData local, JobRunner runner);
}
