package org.mtlworkbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.JsonErrors;

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
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file (not a run directory)");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + oneLine(e.getMessage()));
    }
    try {
      RunManifest m = ExperimentFiles.mapper().readValue(text, RunManifest.class);
      if (m == null) {
        throw new InputException(file + ": holds no run (null)");
      }
      return m;
    } catch (JsonMappingException e) {
      String field = JsonErrors.path(e);
      throw new InputException(file + JsonErrors.where(e.getLocation()) + (field.isEmpty() ? "" : ", field '" + field + "'") + ": "
          + oneLine(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new InputException(file + JsonErrors.where(e.getLocation()) + ": malformed JSON: " + oneLine(e.getOriginalMessage()), e);
    }
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

  /** "experiment.tasks[0].name" from Jackson's reference chain. */
  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
