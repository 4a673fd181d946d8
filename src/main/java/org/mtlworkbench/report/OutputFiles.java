package org.mtlworkbench.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mtlworkbench.common.InputException;

/**
 * Writes an export file in one step: the content goes to a hidden temporary sibling, which is
 * renamed over the target only when it is complete, so a failure half-way (a full disk, a chart
 * that cannot be drawn) never leaves a truncated report where an earlier good one was.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Writes the bytes {@code body} produces to a stream. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

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
  public static void write(Path target, Body body) {
    checkWritable(target);
    Path abs = target.toAbsolutePath().normalize();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new InputException(target + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden; nothing more can be done
        }
      }
    }
  }
}
