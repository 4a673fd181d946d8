package org.mtlworkbench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mtlworkbench.run.JobRunner;

/**
 * The body of one Spark task, apart from Spark: runs a {@link ClusterWork} in a study directory
 * of its own on the executor's disk, zips the run directory it wrote, and deletes the rest. A
 * failure inside the run comes back as a failed {@link TaskResult} with its one-line reason; only
 * the death of the executor (which Spark retries elsewhere) is not a result.
 */
final class ScratchRun {
  private ScratchRun() {}

  static TaskResult run(ClusterWork work, LocalData local, JobRunner runner, int zipLevel) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("mtl-workbench-run-");
    } catch (IOException e) {
      return new TaskResult(work.key(), work.dir(), RunEnd.failed("executor cannot make a scratch folder: " + e.getMessage()), null);
    }
    try {
      RunEnd end;
      try {
        end = work.run(scratch, local, runner);
      } catch (RuntimeException e) {
        end = RunEnd.failed("could not run: " + e);
      }
      Path dir = scratch.resolve(work.dir());
      byte[] files = !end.stopped() && Files.isDirectory(dir) ? RunFolderZip.pack(dir, zipLevel) : null;
      return new TaskResult(work.key(), work.dir(), end, files);
    } finally {
      try {
        RunFolderZip.delete(scratch);
      } catch (IOException | UncheckedIOException ignored) {
        // a temporary folder left on an executor's disk
      }
    }
  }
}
