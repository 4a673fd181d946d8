package org.mtlworkbench.cluster;

import java.io.Serializable;
import org.mtlworkbench.train.RunStatus;

/**
 * How one run of a cluster's study ended.
 *
 * @param status finished, diverged, failed or stopped ({@link RunStatus#id})
 * @param message why, in one line
 * @param wallSeconds the run's wall-clock time on its executor
 */
public record RunEnd(String status, String message, double wallSeconds) implements Serializable {

  public RunEnd {
    message = oneLine(message);
  }

  /** A run that could not run: the reason in one line. */
  public static RunEnd failed(String reason) {
    return new RunEnd(RunStatus.FAILED.id(), reason, 0);
  }

  /** A run ended before its end: the study was cancelled. */
  public static RunEnd stopped(String reason) {
    return new RunEnd(RunStatus.STOPPED.id(), reason, 0);
  }

  public boolean stopped() {
    return RunStatus.STOPPED.id().equals(status);
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
