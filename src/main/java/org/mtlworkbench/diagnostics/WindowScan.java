package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows a run's measured steps are scanned in: consecutive, of {@code window} steps each,
 * aligned to the run's end (the last one is the recent window the dashboard shows); a leading
 * remainder counts when it holds enough steps for an estimate. A finding that may hold in any of
 * m windows is tested in each at confidence 1 − α/m (Bonferroni), so that looking in many
 * windows does not manufacture a finding.
 */
final class WindowScan {
  private WindowScan() {}

  /** [from, to) of each window, oldest first. */
  static List<int[]> of(int n, FindingSettings s) {
    List<int[]> out = new ArrayList<>();
    int to = n;
    while (to > 0) {
      int from = Math.max(0, to - s.window());
      if (to - from >= s.neededSteps()) {
        out.add(0, new int[] {from, to});
      }
      to = from;
    }
    return out;
  }

  /** The confidence of each test when {@code windows} windows are scanned. */
  static double confidence(int windows, FindingSettings s) {
    return 1 - s.alpha() / Math.max(1, windows);
  }

  /** "4 windows of up to 500 measured steps". */
  static String describe(int windows, FindingSettings s) {
    return windows + (windows == 1 ? " window" : " windows") + " of up to " + s.window() + " measured steps";
  }
}
