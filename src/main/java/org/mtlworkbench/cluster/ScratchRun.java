package org.mtlworkbench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mtlworkbench.run.JobRunner;

/**
 * The body of one Spark task, apart from Spark: runs a {@link ClusterWork} in a study directory
 * of its own and hands the run directory it wrote to the driver, either zipped (a cluster: the
 * scratch folder is on the executor's disk and is deleted) or in place (a master on the driver's
 * machine: the scratch folder is inside the driver's hand-over folder and stays for the driver to
 * move). A failure inside the run comes back as a failed {@link TaskResult} with its one-line
 * reason; only the death of the executor (which Spark retries elsewhere) is not a result.
 */
final class ScratchRun {
  private ScratchRun() {}

  /**
   * @param zipLevel {@link java.util.zip.Deflater}'s level for a zipped run directory
   * @param handOver the driver's hand-over folder when this task shares the driver's disk, else
   *     null (the run directory is zipped into the result)
   */
  static TaskResult run(ClusterWork work, LocalData local, JobRunner runner, int zipLevel, Path handOver) {
    Path scratch;
    try {
      scratch = handOver == null
          ? Files.createTempDirectory("mtl-workbench-run-")
          : Files.createTempDirectory(Files.createDirectories(handOver), "run-");
    } catch (IOException e) {
      return TaskResult.without(work.key(), work.dir(), RunEnd.failed("executor cannot make a scratch folder: " + e.getMessage()));
    }
    boolean handedOver = false;
    try {
      RunEnd end;
      try {
        end = work.run(scratch, local, runner);
      } catch (RuntimeException e) {
        end = RunEnd.failed("could not run: " + e);
      }
      Path dir = scratch.resolve(work.dir());
      if (end.stopped() || !Files.isDirectory(dir)) {
        return TaskResult.without(work.key(), work.dir(), end);
      }
      if (handOver != null) {
        handedOver = true;
        return new TaskResult(work.key(), work.dir(), end, null, dir.toAbsolutePath().toString());
      }
      return new TaskResult(work.key(), work.dir(), end, RunFolderZip.pack(dir, zipLevel), null);
    } finally {
      if (!handedOver) {
        RunFolderZip.deleteQuietly(scratch); // what cannot go stays in the executor's temporary folder
        if (handOver != null) {
          RunFolderZip.deleteIfEmpty(handOver); // a stopped task may end after the driver has finished
        }
      }
    }
  }
}
