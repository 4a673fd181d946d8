package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.train.LogFindings;
import org.mtlworkbench.train.MetricsLog;

/** The dashboard shows the run's findings in the report's words and announces each claim once. */
class FindingsDetectorTest {
  private final FindingsDetector detector = new FindingsDetector();

  private static MetricsLog dominated() {
    MetricsLog log = Logs.of("y1", "y2", "y3");
    for (int i = 0; i < 300; i++) {
      Logs.step(log, new double[] {1, 10, 2800}, 0.0, 0.3, 0.0);
    }
    return log;
  }

  @Test
  void theFindingsAreThoseTheMonitorPublishedAndEachClaimIsAnnouncedOnce() {
    MetricsLog log = dominated();
    List<org.mtlworkbench.diagnostics.Finding> published = LogFindings.gradients(log, FindingSettings.DEFAULTS);
    log.publishFindings(published);

    List<Finding> fresh = detector.check(log);
    assertThat(fresh).extracting(Finding::key).containsExactly("imbalance:y3");
    assertThat(fresh.get(0).message()).isEqualTo(published.get(0).sentence())
        .startsWith("task 'y3' dominates the shared layers: its gradient is 2800× that of 'y1'");
    assertThat(fresh.get(0).step()).isEqualTo(299);
    assertThat(fresh.get(0).seenLive()).isTrue();
    // the list holds every finding, in the same order and words: the claim, then what was not found
    assertThat(detector.current()).extracting(Finding::message)
        .containsExactlyElementsOf(published.stream().map(org.mtlworkbench.diagnostics.Finding::sentence).toList());
    assertThat(detector.current()).extracting(Finding::key).contains("no-conflict:y1:y2", "no-harm:y3");
    assertThat(detector.check(log)).as("announced once per run").isEmpty();
    detector.reset();
    assertThat(detector.check(log)).hasSize(1);
  }

  @Test
  void aLogNobodyPublishedFindingsForHasThemComputedInTheBackground() throws Exception {
    MetricsLog log = dominated();
    List<Finding> fresh = detector.check(log);
    for (int i = 0; i < 200 && fresh.isEmpty(); i++) {
      Thread.sleep(20);
      fresh = detector.check(log);
    }
    assertThat(fresh).extracting(Finding::key).containsExactly("imbalance:y3");
    // computed once from a recorded log: not "first seen" at its last step
    assertThat(fresh.get(0).seenLive()).isFalse();
  }

  @Test
  void aLiveRunWithoutFindingsYetShowsNothingAndComputesNothing() {
    MetricsLog log = dominated();
    log.publishFindings(List.of()); // what a monitor does when the run starts
    assertThat(detector.check(log)).isEmpty();
    assertThat(detector.current()).isEmpty();
  }

  @Test
  void aPopUpNamesTheClaimWithoutItsEvidence() {
    assertThat(shown("tasks 'y1' and 'y2' conflict during steps 500–999: the cosine of their true gradients is −0.94 ± 0.04 (…)")
        .headline()).isEqualTo("tasks 'y1' and 'y2' conflict during steps 500–999");
    assertThat(shown("the gradient of task 'a' is 50× that of 'b', and the strategy's weights bring the largest ratio down to 1.2×"
        + " (geometric mean over the last 484 measured steps; 95% CI, 22 batches of 22 steps)").headline())
        .isEqualTo("the gradient of task 'a' is 50× that of 'b', and the strategy's weights bring the largest ratio down to 1.2×");
    assertThat(shown("nothing to cut").headline()).isEqualTo("nothing to cut");
  }

  private static Finding shown(String sentence) {
    return new Finding("k", 0, new org.mtlworkbench.diagnostics.Finding(org.mtlworkbench.diagnostics.Finding.CONFLICT,
        List.of("y1", "y2"), sentence, java.util.Map.of()));
  }

  @Test
  void evidenceReadsAsStepsCountsAndNumbers() {
    var rows = FindingEvidence.of(new java.util.LinkedHashMap<>(java.util.Map.of("trueCosine", -0.956789, "steps", 484.0,
        "fromStep", 500.0, "toStep", 999.0)));
    assertThat(rows).contains(new FindingEvidence("steps", "500–999"), new FindingEvidence("steps", "484"),
        new FindingEvidence("trueCosine", "−0.9568"));
    assertThat(rows.get(0)).isEqualTo(new FindingEvidence("steps", "500–999"));
  }
}
