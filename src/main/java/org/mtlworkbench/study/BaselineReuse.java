package org.mtlworkbench.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.mtlworkbench.store.RunFiles;

/**
 * Shares a study's single-task baselines with a {@link BaselineCache} outside the study (the
 * command line's {@code --baseline-cache DIR}): a planned baseline found in the cache under the
 * same {@link BaselineKey} (same spec, seed and data bytes) is copied into the study instead of
 * trained, and one trained here is copied into the cache. The study directory always holds its
 * own copy, so it stays whole when the cache is cleared or lives on another disk.
 */
public final class BaselineReuse {
  private final BaselineCache cache;

  public BaselineReuse(BaselineCache cache) {
    this.cache = cache;
  }

  public BaselineCache cache() {
    return cache;
  }

  /**
   * Copies the cached baseline of {@code planned} into the study; empty when the cache has none.
   *
   * @return the record of the copied run
   */
  public Optional<RunRecord> fetch(PreparedStudy study, PlannedRun planned, Path studyDir) {
    String key = BaselineKey.of(study.spec(planned.key()));
    Optional<Path> hit = cache.find(name(planned, key), key);
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    Path target = studyDir.resolve(planned.dir());
    Path partial = StudyRuns.partial(target);
    copy(hit.get(), partial);
    try {
      Files.deleteIfExists(partial.resolve(BaselineCache.KEY_FILE));
      Files.createDirectories(target.getParent());
      Files.move(partial, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the cached baseline into " + target + ": " + e.getMessage(), e);
    }
    return StudyRuns.onDisk(studyDir, planned);
  }

  /** Copies a finished baseline of the study into the cache (kept as it is when already there). */
  public void store(PreparedStudy study, PlannedRun planned, Path studyDir) {
    String key = BaselineKey.of(study.spec(planned.key()));
    String name = name(planned, key);
    if (cache.find(name, key).isPresent()) {
      return;
    }
    Path tmp = cache.temporary(name);
    copy(studyDir.resolve(planned.dir()), tmp);
    cache.commit(tmp, name, key);
  }

  private static String name(PlannedRun planned, String key) {
    return BaselineCache.dirName(planned.key().task(), planned.key().seed(), key);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().equals(RunFiles.LOCK)) {
          Files.copy(p, q);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }
}
