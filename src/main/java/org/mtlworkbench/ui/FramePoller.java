package org.mtlworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * The window's one timer: at most {@value #MAX_RATE} times a second it lets each subscriber pull
 * what is new (the run's progress, the metrics log) and redraw once. Training never pushes.
 */
final class FramePoller extends AnimationTimer {
  static final int MAX_RATE = 30;
  private static final long INTERVAL_NANOS = 1_000_000_000L / MAX_RATE;

  private final List<LongConsumer> subscribers = new ArrayList<>();
  private long last;

  /** @param onFrame called with the frame's time in nanoseconds */
  void subscribe(LongConsumer onFrame) {
    subscribers.add(onFrame);
  }

  @Override
  public void handle(long now) {
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    for (LongConsumer r : subscribers) {
      r.accept(now);
    }
  }
}
