package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.MetricsLog;

class RecentStatsTest {
  @Test
  void imbalanceIsTheMedianRatioOverMeasuredStepsWorkedOutByHand() {
    MetricsLog log = Logs.of("a", "b", "c");
    Logs.step(log, new double[] {1, 10, 100}, 0.5); // ratio 100
    Logs.step(log, new double[] {2, 10, 100}, 0.5); // 50
    Logs.step(log, new double[] {1, 20, 100}, 0.5); // 100
    Logs.step(log, null, Double.NaN); // not measured: left out
    Logs.step(log, new double[] {1, 10, 1000}, 0.5); // 1000
    // Ratios sorted: 50, 100, 100, 1000 -> median (100 + 100) / 2 = 100.
    // Median norms: a: 1, 1, 1, 2 -> 1; b: 10, 10, 10, 20 -> 10; c: 100, 100, 100, 1000 -> 100.

    RecentStats.Imbalance im = RecentStats.imbalance(log, 200);

    assertThat(im.ratio()).isEqualTo(100.0);
    assertThat(im.largest()).isEqualTo(2);
    assertThat(im.smallest()).isEqualTo(0);
    assertThat(im.steps()).isEqualTo(4);
  }

  @Test
  void theWindowTakesOnlyTheLastSteps() {
    MetricsLog log = Logs.of("a", "b");
    Logs.step(log, new double[] {1, 1000}, 0.5);
    Logs.step(log, new double[] {1, 2}, 0.5);
    Logs.step(log, new double[] {3, 1}, 0.5);
    // Last two steps: ratios 2 and 3 -> median 2.5.
    assertThat(RecentStats.imbalance(log, 2).ratio()).isEqualTo(2.5);
  }

  @Test
  void conflictIsTheMeanCosineAndTheShareOfNegativeOnes() {
    MetricsLog log = Logs.of("a", "b", "c");
    double[] norms = {1, 1, 1};
    for (double c : new double[] {0.5, -0.2, -0.4}) {
      Logs.step(log, norms, c);
    }
    Logs.step(log, null, Double.NaN);
    Logs.step(log, norms, 0.1);
    // Pair (a, b): measured 0.5, -0.2, -0.4, 0.1 -> mean 0.0, 2 of 4 negative = 0.5.

    RecentStats.Conflict c = RecentStats.conflict(log, 500);

    assertThat(c.meanCosine()[0][1]).isCloseTo(0.0, within(1e-6));
    assertThat(c.meanCosine()[1][0]).isCloseTo(0.0, within(1e-6));
    assertThat(c.conflictShare()[0][1]).isEqualTo(0.5);
    assertThat(c.steps()[0][1]).isEqualTo(4);
    assertThat(c.meanCosine()[0][2]).isCloseTo(0.5, within(1e-6));
    assertThat(c.conflictShare()[1][2]).isZero();
    assertThat(c.meanCosine()[2][2]).isEqualTo(1.0);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(RecentStats.median(new double[] {3, 1, 2, 99}, 3)).isEqualTo(2.0);
    assertThat(RecentStats.median(new double[] {4, 1, 3, 2}, 4)).isEqualTo(2.5);
  }
}
