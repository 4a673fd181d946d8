package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;

class DashboardFeedTest {
  private final MetricsLog log = new MetricsLog(List.of("a", "b"), List.of("l0", "l1"));

  private void step(double lossA, double lossB, double gradA, double layer1A) {
    int s = log.size();
    GradientSnapshot g = new GradientSnapshot(new double[] {gradA, 1},
        new double[][] {{0.5, layer1A}, {1, 1}}, new double[][] {{1, 0}, {0, 1}});
    log.onStep(new StepRecord(s, 0, 0.01, new double[] {lossA, lossB}, new double[] {1, 2}, new double[] {1, 1}, g, 0));
  }

  @Test
  void eachPullCopiesOnlyWhatIsNewAndKeepsTheSmoothedCurveUpToDate() {
    DashboardFeed feed = new DashboardFeed(0.5);
    feed.follow(log);
    assertThat(feed.pull()).isFalse();

    step(4, 1, 3, 7);
    step(8, 1, 3, 7);
    assertThat(feed.pull()).isTrue();
    step(2, 1, 3, 7);
    assertThat(feed.pull()).isTrue();
    assertThat(feed.pull()).isFalse();

    SmoothedSeries a = feed.loss(0);
    assertThat(a.size()).isEqualTo(3);
    assertThat(a.raw()).startsWith(4f, 8f, 2f);
    // Debiased EMA with w = 0.5 on 4, 8, 2 (worked out in DebiasedEmaTest): 4, 6.667, 4.
    assertThat((double) a.smoothed()[1]).isCloseTo(6.6667, within(1e-3));
    assertThat((double) a.smoothed()[2]).isCloseTo(4.0, within(1e-5));
    assertThat(feed.weight(1).raw()).startsWith(2f, 2f, 2f);
  }

  @Test
  void anotherSmoothingWeightRecomputesTheWholeCurve() {
    DashboardFeed feed = new DashboardFeed(0.5);
    feed.follow(log);
    step(4, 1, 3, 7);
    step(8, 1, 3, 7);
    feed.pull();

    feed.setSmoothing(0);

    assertThat(feed.loss(0).smoothed()).startsWith(4f, 8f);
  }

  @Test
  void choosingALayerRereadsTheGradientsOfThatLayerFromTheStart() {
    DashboardFeed feed = new DashboardFeed(0);
    feed.follow(log);
    step(1, 1, 3, 7);
    step(1, 1, 5, 9);
    feed.pull();
    assertThat(feed.gradient(0).raw()).startsWith(3f, 5f);

    feed.selectLayer(1);
    assertThat(feed.gradient(0).size()).isEqualTo(2);
    assertThat(feed.gradient(0).raw()).startsWith(7f, 9f);

    step(1, 1, 6, 11);
    feed.pull();
    assertThat(feed.gradient(0).raw()).startsWith(7f, 9f, 11f);
  }

  @Test
  void followingAnotherRunStartsEmpty() {
    DashboardFeed feed = new DashboardFeed(0);
    feed.follow(log);
    step(1, 1, 1, 1);
    feed.pull();

    feed.follow(new MetricsLog(List.of("x"), List.of()));

    assertThat(feed.tasks()).containsExactly("x");
    assertThat(feed.size()).isZero();
    assertThat(feed.loss(0).size()).isZero();
  }
}
