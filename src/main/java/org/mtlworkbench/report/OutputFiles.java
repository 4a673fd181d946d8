package org.mtlworkbench.report;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.AtomicFiles;

/**
 * Writes an export file in one step: the content goes to a hidden temporary sibling, which is
 * renamed over the target only when it is complete, so a failure half-way (a full disk, a chart
 * that cannot be drawn) never leaves a truncated report where an earlier good one was.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Checks that {@code target} can be written (its folder exists and is writable, it is not a
   * folder) without creating anything; {@link InputException} naming the file otherwise.
   */
  public static void checkWritable(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new InputException(target + ": is a folder; give a file name");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(target + ": the folder " + dir + " does not exist");
    }
    if (!Files.isWritable(dir) || (Files.exists(abs) && !Files.isWritable(abs))) {
      throw new InputException(target + ": cannot write there (no permission)");
    }
  }

  /** Writes {@code target} atomically (see the class comment). */
  public static void write(Path target, AtomicFiles.Body body) {
    checkWritable(target);
    try {
      AtomicFiles.write(target.toAbsolutePath().normalize(), body);
    } catch (UncheckedIOException e) {
      throw new InputException(target + ": cannot write: " + e.getCause().getMessage(), e);
    }
  }
}
