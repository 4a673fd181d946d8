package org.mtlworkbench.store;

import java.nio.file.Path;

/**
 * A run read back in full.
 *
 * @param dir its folder
 * @param manifest its run.json
 * @param status how it stands (CRASHED when run.json says running but nobody writes it)
 * @param metrics metrics.csv and conflicts.csv at full resolution
 */
public record StoredRun(Path dir, RunManifest manifest, StoredStatus status, RunMetrics metrics) {
  /** Steps done and time taken; for a crashed run, read from what it left ({@link RunProgress}). */
  public RunProgress progress() {
    return RunProgress.of(dir, manifest, status);
  }
}
