package org.mtlworkbench.store;

import java.util.Locale;

/**
 * How a stored run stands. The first five mirror run.json's {@code status}; {@link #CRASHED} is
 * what a reader concludes when run.json still says "running" but no live process holds the run's
 * lock ({@link org.mtlworkbench.store.RunLock}): the process was killed, or the machine went
 * down, before the run could record its end.
 */
public enum StoredStatus {
  RUNNING,
  FINISHED,
  STOPPED,
  DIVERGED,
  FAILED,
  CRASHED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status of a run whose run.json says {@code manifestStatus}.
   *
   * @param writerAlive whether a live process holds the run's lock
   * @throws IllegalArgumentException for a status run.json never holds
   */
  static StoredStatus of(String manifestStatus, boolean writerAlive) {
    if (manifestStatus == null) {
      throw new IllegalArgumentException("missing");
    }
    StoredStatus s;
    try {
      s = valueOf(manifestStatus.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown value '" + manifestStatus + "'", e);
    }
    if (s == CRASHED) {
      throw new IllegalArgumentException("unknown value '" + manifestStatus + "'");
    }
    return s == RUNNING && !writerAlive ? CRASHED : s;
  }
}
