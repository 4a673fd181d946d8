package org.mtlworkbench.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.mtlworkbench.store.RunFiles;

/**
 * A run directory carried from an executor to the driver: as bytes, and back into a folder; or,
 * when the executor shares the driver's disk, as a folder renamed into place. The driver's copy
 * appears whole or not at all: it is unpacked into a hidden sibling (or left whole by the task)
 * and renamed into place, so a driver killed while writing leaves no half run directory (the
 * hidden folder is replaced by the next attempt).
 */
public final class RunFolderZip {
  private RunFolderZip() {}

  /**
   * The files under {@code dir} (sub-folders included, the run's lock left out), in name order,
   * deflated at {@code level} ({@link java.util.zip.Deflater}'s levels).
   *
   * <p>Why not the default level (6): a 400-epoch run of the {@code correlated-high} sample (27 MB,
   * nearly all of it {@code metrics.csv}) took 4.9 s to pack at level 6 and 1.5 s at level 1
   * (9.3 against 10.6 MB), inside the Spark task, before the executor could start its next run.
   */
  public static byte[] pack(Path dir, int level) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> all = Files.walk(dir)) {
      zip.setLevel(level);
      List<Path> files = all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(RunFiles.LOCK))
          .sorted(Comparator.comparing(f -> dir.relativize(f).toString())).toList();
      for (Path f : files) {
        ZipEntry e = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
        zip.putNextEntry(e);
        Files.copy(f, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack the run directory " + dir + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * Makes {@code target} hold exactly the files of {@code zip}, replacing what was there (a run
   * directory left by an earlier, incomplete attempt).
   */
  public static void unpack(byte[] zip, Path target) {
    Path incoming = target.resolveSibling("." + target.getFileName() + ".incoming");
    try {
      delete(incoming);
      Files.createDirectories(incoming);
      Path root = incoming.toAbsolutePath().normalize();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          Path out = root.resolve(e.getName()).normalize();
          if (!out.startsWith(root) || e.isDirectory()) {
            continue; // only the files of one run directory, nothing outside it
          }
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
        }
      }
      replace(target, incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run directory " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes {@code target} the run directory a task left whole at {@code folder} on this disk,
   * replacing what was there, and deletes the task's scratch folder around it ({@code folder}
   * is the scratch folder's {@code dir}, as {@link ScratchRun} wrote it).
   */
  public static void adopt(Path folder, String dir, Path target) {
    Path scratch = folder;
    for (int parts = dir.split("/").length; parts > 0; parts--) {
      scratch = scratch.getParent();
    }
    try {
      Files.deleteIfExists(folder.resolve(RunFiles.LOCK));
      Files.createDirectories(target.getParent());
      replace(target, folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the run directory " + folder + " to " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(scratch);
    }
  }

  /** Puts {@code complete} at {@code target} in one rename, moving an older {@code target} aside first. */
  private static void replace(Path target, Path complete) throws IOException {
    Path old = target.resolveSibling("." + target.getFileName() + ".replaced");
    delete(old);
    if (Files.exists(target)) {
      Files.move(target, old);
    }
    move(complete, target);
    delete(old);
  }

  /** Deletes {@code dir} when nothing is in it (any more); leaves it otherwise. */
  static void deleteIfEmpty(Path dir) {
    try {
      Files.deleteIfExists(dir);
    } catch (IOException notEmptyOrBusy) {
      // another task's scratch folder is still in it
    }
  }

  /** {@link #delete}, leaving what cannot be deleted for the next attempt. */
  static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (IOException | UncheckedIOException ignored) {
      // a hidden folder, replaced or deleted by the next attempt
    }
  }

  /** Deletes a folder this class or a run created, with everything in it. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
