package org.mtlworkbench.ui.run;

import java.util.Locale;
import org.mtlworkbench.train.Progress;

/** How times and rates read on the status bar. */
public final class Durations {
  private Durations() {}

  /** "0:07", "12:03", "1:02:03"; "–" for an unknown time. */
  public static String clock(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      return "–";
    }
    long s = Math.round(seconds);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long r = s % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, r) : String.format(Locale.ROOT, "%d:%02d", m, r);
  }

  /** "step 1,200 / 6,000 · 850 steps/s · ETA 0:06". */
  public static String progress(Progress p) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "step %,d / %,d", p.step(), p.totalSteps()));
    if (p.stepsPerSecond() > 0) {
      b.append(String.format(Locale.ROOT, " · %,.0f steps/s · ETA %s", p.stepsPerSecond(), clock(p.etaSeconds())));
    }
    return b.toString();
  }
}
