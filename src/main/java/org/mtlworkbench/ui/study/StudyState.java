package org.mtlworkbench.ui.study;

/** Where a study in the window stands; each state enables its own buttons. */
public enum StudyState {
  /** Nothing runs: a new study can start (or, for a study directory left incomplete, resume). */
  IDLE,
  /** The data is being read and checked before the first run. */
  PREPARING,
  RUNNING,
  /** The run in progress is paused after its current step; the next runs start paused. */
  PAUSED,
  /** Cancel was asked: the run in progress is stopping. */
  CANCELLING,
  /** The study ended: every run tried, cancelled, or refused before it began. */
  ENDED;

  /** Whether a study is under way (preparing, running, paused or cancelling). */
  public boolean active() {
    return this == PREPARING || this == RUNNING || this == PAUSED || this == CANCELLING;
  }
}
