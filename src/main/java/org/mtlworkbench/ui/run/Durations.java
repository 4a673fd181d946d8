package org.mtlworkbench.ui.run;

import java.util.Locale;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.train.Progress;

/** How progress reads on the status bar (durations are written by {@link Numbers#duration}). */
public final class Durations {
  private Durations() {}

  /** "step 1,200 / 6,000 · 850 steps/s · ETA 0:06". */
  public static String progress(Progress p) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "step %,d / %,d", p.step(), p.totalSteps()));
    if (p.stepsPerSecond() > 0) {
      b.append(String.format(Locale.ROOT, " · %,.0f steps/s · ETA %s", p.stepsPerSecond(), Numbers.duration(p.etaSeconds())));
    }
    return b.toString();
  }
}
