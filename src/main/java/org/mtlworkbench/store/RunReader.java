package org.mtlworkbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.JsonFiles;

/**
 * Reads a run directory back: run.json, the status (telling a live run from a crashed one by its
 * lock), and the metrics files. Safe on a run that is still being written.
 */
public final class RunReader {
  private RunReader() {}

  /**
   * @throws InputException (one line naming the file, and the line where known) when run.json is
   *     missing or unreadable, or a metrics file is malformed before its last line
   */
  public static StoredRun read(Path runDir) {
    RunManifest manifest = manifest(runDir);
    StoredStatus status = status(runDir, manifest);
    return new StoredRun(runDir, manifest, status, RunMetrics.read(runDir, manifest.tasks() == null ? List.of() : manifest.tasks()));
  }

  /** run.json alone. */
  public static RunManifest manifest(Path runDir) {
    Path file = runDir.resolve(RunFiles.MANIFEST);
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(runDir)) {
      throw new InputException(file + ": no such file (not a run directory)");
    }
    return JsonFiles.parse(ExperimentFiles.mapper(), JsonFiles.text(file, file.toString()), file.toString(), RunManifest.class, "run");
  }

  /** The run's status: run.json's, except that "running" with nobody holding the lock is CRASHED. */
  static StoredStatus status(Path runDir, RunManifest manifest) {
    try {
      return StoredStatus.of(manifest.status(), RunLock.isHeld(runDir));
    } catch (IllegalArgumentException e) {
      throw new InputException(runDir.resolve(RunFiles.MANIFEST) + ", field 'status': " + e.getMessage()
          + "; expected running, finished, stopped, diverged or failed");
    }
  }
}
