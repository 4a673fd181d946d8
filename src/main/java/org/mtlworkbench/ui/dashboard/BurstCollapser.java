package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers items that arrive close together into one batch, so that five findings noticed in one
 * second make one notification rather than five: a batch is released {@code quietNanos} after
 * its first item arrived.
 *
 * @param <T> the items
 */
public final class BurstCollapser<T> {
  private final long quietNanos;
  private final List<T> pending = new ArrayList<>();
  private long firstAt;

  public BurstCollapser(long quietNanos) {
    this.quietNanos = quietNanos;
  }

  /** Adds items that arrived at time {@code now} (nanoseconds, any origin). */
  public void offer(List<T> items, long now) {
    if (items.isEmpty()) {
      return;
    }
    if (pending.isEmpty()) {
      firstAt = now;
    }
    pending.addAll(items);
  }

  /** The batch, once its time has come. */
  public Optional<List<T>> poll(long now) {
    if (pending.isEmpty() || now - firstAt < quietNanos) {
      return Optional.empty();
    }
    List<T> batch = List.copyOf(pending);
    pending.clear();
    return Optional.of(batch);
  }
}
