package org.mtlworkbench.train;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume, single step and stop for a run, safe to call from any thread (the UI's, a
 * signal handler's). The trainer asks {@link #awaitPermission()} before every step.
 */
public final class RunControl {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean paused;
  private boolean stopped;
  private int singleSteps;

  public void pause() {
    lock.lock();
    try {
      paused = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public void resume() {
    lock.lock();
    try {
      paused = false;
      singleSteps = 0;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** While paused, lets exactly one more step run. */
  public void stepOnce() {
    lock.lock();
    try {
      if (paused) {
        singleSteps++;
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Ends the run after the current step; a paused run ends at once. */
  public void stop() {
    lock.lock();
    try {
      stopped = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean isPaused() {
    lock.lock();
    try {
      return paused;
    } finally {
      lock.unlock();
    }
  }

  public boolean isStopped() {
    lock.lock();
    try {
      return stopped;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Trainer side: blocks while paused (unless a single step was granted).
   *
   * @return {@code true} to run the next step, {@code false} when the run was stopped
   */
  boolean awaitPermission() throws InterruptedException {
    lock.lock();
    try {
      while (!stopped && paused && singleSteps == 0) {
        changed.await();
      }
      if (stopped) {
        return false;
      }
      if (paused) {
        singleSteps--;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }
}
