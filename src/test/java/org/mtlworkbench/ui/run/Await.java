package org.mtlworkbench.ui.run;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.Assertions;

/** Bounded waiting for a condition that another thread makes true. */
public final class Await {
  private Await() {}

  /** Re-checks {@code condition} every few milliseconds; fails the test after {@code limit}. */
  public static void until(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        Assertions.fail("gave up after " + limit.toSeconds() + " s waiting for: " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Assertions.fail("interrupted waiting for: " + what);
      }
    }
  }
}
