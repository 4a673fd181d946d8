package org.mtlworkbench.train;

import java.util.Locale;

/** How a run ended (or that it has not). */
public enum RunStatus {
  RUNNING,
  FINISHED,
  STOPPED,
  DIVERGED,
  FAILED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
