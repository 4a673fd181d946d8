package org.mtlworkbench.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.train.RunStatus;

/**
 * A folder of finished single-task baseline runs, one run directory each, named {@code
 * <task>-seed<seed>-<first 12 hex digits of the key>} ({@link BaselineKey}). Next to the usual
 * run files each holds {@code experiment.json} (the baseline's own experiment, so it can be re-run
 * with {@code train}) and {@code baseline-key.txt} (the full key).
 *
 * <p>A baseline is trained in a hidden temporary folder and renamed into place only when it has
 * finished, so an interrupted or diverged baseline is never mistaken for a cached one.
 */
public final class BaselineCache {
  static final String KEY_FILE = "baseline-key.txt";
  private final Path root;

  public BaselineCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The folder name of a baseline. */
  static String dirName(String task, long seed, String key) {
    String safe = task.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe + "-seed" + seed + "-" + key.substring(0, 12);
  }

  /** The finished baseline with this key, if the cache has it. */
  public Optional<Path> find(String dirName, String key) {
    Path dir = root.resolve(dirName);
    try {
      if (Files.isRegularFile(dir.resolve(KEY_FILE)) && Files.readString(dir.resolve(KEY_FILE)).strip().equals(key)
          && Files.isRegularFile(dir.resolve(RunFiles.MANIFEST))
          && RunStatus.FINISHED.id().equals(RunReader.manifest(dir).status())) {
        return Optional.of(dir);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A new, empty temporary folder to train a baseline in. */
  public Path temporary(String dirName) {
    try {
      Files.createDirectories(root);
      return Files.createDirectory(root.resolve(".tmp-" + dirName + "-" + java.util.UUID.randomUUID()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder in the baseline cache " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves a finished baseline from its temporary folder into place; returns where it is. When the
   * same baseline has meanwhile been finished by another run, that one is kept.
   */
  public Path commit(Path temporary, String dirName, String key) {
    Path target = root.resolve(dirName);
    if (Files.exists(target)) {
      if (find(dirName, key).isPresent()) {
        return target;
      }
      throw new InputException("baseline cache: " + target + " is in the way (it holds no finished baseline with key "
          + key.substring(0, 12) + "); remove that folder");
    }
    try {
      Files.writeString(temporary.resolve(KEY_FILE), key + "\n");
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target);
      }
    } catch (IOException e) {
      if (find(dirName, key).isPresent()) {
        return target;
      }
      throw new UncheckedIOException("cannot move the baseline into " + target + ": " + e.getMessage(), e);
    }
    return target;
  }
}
