package org.mtlworkbench.ui.run;

/** Where the window's run is. */
public enum RunState {
  /** No run yet. */
  IDLE,
  /** Data and model are being prepared off the UI thread. */
  PREPARING,
  RUNNING,
  PAUSED,
  /** Finished, stopped, diverged or failed; the outcome says which. */
  ENDED;

  /** Whether a run holds the model (it cannot be restructured). */
  public boolean isActive() {
    return this == PREPARING || this == RUNNING || this == PAUSED;
  }
}
