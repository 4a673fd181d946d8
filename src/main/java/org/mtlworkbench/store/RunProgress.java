package org.mtlworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.mtlworkbench.common.text.Numbers;

/**
 * How far a run got and how long it ran. A run that recorded its end says so in run.json; one
 * that did not (killed, or the machine went down: {@link StoredStatus#CRASHED}; or still going)
 * has run.json's start values (0 steps, 0 s) there, so its progress is read from what it left:
 * the step of the last complete line of metrics.csv, and the time from its start to the last
 * write of its files (flushed at least once a second while it ran).
 *
 * @param steps steps done
 * @param totalSteps steps planned
 * @param wallSeconds seconds it ran (NaN when unknown)
 * @param fromFiles whether steps and seconds were read from the files rather than run.json
 */
public record RunProgress(long steps, long totalSteps, double wallSeconds, boolean fromFiles) {

  /** The progress of the run in {@code dir}, given its run.json and status. */
  public static RunProgress of(Path dir, RunManifest m, StoredStatus status) {
    if (status != StoredStatus.CRASHED && status != StoredStatus.RUNNING) {
      return new RunProgress(m.steps(), m.totalSteps(), m.wallSeconds(), false);
    }
    Path metrics = dir.resolve(RunFiles.METRICS);
    long steps = Math.max(m.steps(), lastStep(metrics));
    Instant end = status == StoredStatus.RUNNING ? Instant.now() : lastWrite(dir);
    double seconds = Double.NaN;
    Optional<Instant> start = instant(m.startedAt());
    if (start.isPresent() && end != null) {
      seconds = Math.max(0, Duration.between(start.get(), end).toMillis() / 1000.0);
    }
    return new RunProgress(steps, m.totalSteps(), Double.isNaN(seconds) ? m.wallSeconds() : seconds, true);
  }

  /** "3,450 of 30,000 steps · 1:02". */
  public String describe() {
    return Numbers.count(steps) + " of " + Numbers.count(totalSteps) + " steps · " + Numbers.duration(wallSeconds);
  }

  /**
   * Steps done according to the last complete line of metrics.csv: a training row of step s (steps
   * count from 0) means s + 1 are done; a validation or test row is written with the number of
   * steps done. 0 when there is no such line.
   */
  static long lastStep(Path metrics) {
    if (!Files.isRegularFile(metrics)) {
      return 0;
    }
    try {
      Optional<String> line = CompleteLines.last(metrics);
      if (line.isEmpty()) {
        return 0;
      }
      String[] cells = line.get().split(",", -1);
      if (cells.length < RunFiles.METRICS_KEY.size()) {
        return 0;
      }
      long step = Long.parseLong(cells[RunFiles.METRICS_KEY.indexOf(RunFiles.STEP)].strip());
      String split = cells[RunFiles.METRICS_KEY.indexOf(RunFiles.SPLIT)].strip();
      return split.equals(RunFiles.TRAIN) ? step + 1 : step;
    } catch (IOException | NumberFormatException e) {
      return 0; // the header line, or a damaged file: the run's files say nothing sure
    }
  }

  /** When the run last wrote to its folder's files (metrics, conflicts, run.json), or null. */
  private static Instant lastWrite(Path dir) {
    Instant last = null;
    for (String name : new String[] {RunFiles.METRICS, RunFiles.CONFLICTS, RunFiles.MANIFEST}) {
      try {
        Instant t = Files.getLastModifiedTime(dir.resolve(name)).toInstant();
        last = last == null || t.isAfter(last) ? t : last;
      } catch (IOException e) {
        // not written: look at the others
      }
    }
    return last;
  }

  private static Optional<Instant> instant(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
