package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.MetricsLog;

class FindingsDetectorTest {
  private final FindingsDetector detector = new FindingsDetector();

  @Test
  void aDominantTaskIsReportedOnceWithItsRatio() {
    MetricsLog log = Logs.of("y1", "y2", "y3");
    for (int i = 0; i < 300; i++) {
      Logs.step(log, new double[] {1, 10, 2800}, 0.5);
    }

    // every step y3 / y1 = 2800 (the smallest positive norm), so the median is 2800; the weights
    // are all 1, so it is the gradient itself that dominates
    var found = detector.check(log);
    assertThat(found).extracting(Finding::message).containsExactly(
        "task 'y3' dominates the shared layers: its gradient is 2800× that of 'y1', the smallest"
            + " (median of the last 200 measured steps)");
    assertThat(found.get(0).key()).isEqualTo("imbalance:y3");
    assertThat(detector.check(log)).as("reported once per run").isEmpty();
    detector.reset();
    assertThat(detector.check(log)).hasSize(1);
  }

  @Test
  void tasksConflictingInMoreThanTheThresholdShareAreReported() {
    MetricsLog log = Logs.of("y1", "y2");
    for (int i = 0; i < 500; i++) {
      Logs.step(log, new double[] {1, 1}, i % 100 < 61 ? -0.4 : 0.2); // 61% negative
    }
    // 305 steps at −0.4 and 195 at 0.2: mean (−122 + 39) / 500 = −0.166, −0.17 to two digits

    var findings = detector.check(log);

    assertThat(findings).extracting(Finding::message)
        .containsExactly("tasks 'y1' and 'y2' conflict in 61% of the last 500 measured steps (mean cosine of their gradients −0.17)");
    assertThat(findings.get(0).step()).isEqualTo(499);
    assertThat(findings.get(0).key()).isEqualTo("conflict:y1:y2");
  }

  @Test
  void belowTheThresholdsOrWithTooFewMeasuredStepsNothingIsSaid() {
    MetricsLog balanced = Logs.of("y1", "y2");
    for (int i = 0; i < 500; i++) {
      Logs.step(balanced, new double[] {1, 9}, i % 10 < 3 ? -0.1 : 0.4); // 9× (under 10×) and 30% (under 50%)
    }
    assertThat(detector.check(balanced)).isEmpty();

    MetricsLog young = Logs.of("y1", "y2");
    for (int i = 0; i < org.mtlworkbench.diagnostics.FindingSettings.DEFAULTS.neededSteps() - 1; i++) {
      Logs.step(young, new double[] {1, 1000}, -0.9);
    }
    assertThat(new FindingsDetector().check(young)).isEmpty();
  }

  @Test
  void ratiosReadWithSensibleDigits() {
    assertThat(FindingsDetector.times(2812.4)).isEqualTo("2,812");
    assertThat(FindingsDetector.times(12.4)).isEqualTo("12");
    assertThat(FindingsDetector.times(3.44)).isEqualTo("3.4");
    assertThat(FindingsDetector.times(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }
}
