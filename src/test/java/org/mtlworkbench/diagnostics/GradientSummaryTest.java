package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The recent-window summary a display shows: the same statistics as the findings, and captions that say what they are. */
class GradientSummaryTest {
  private static final FindingSettings S = FindingSettings.DEFAULTS;

  @Test
  void theSummaryHoldsTheStatisticsOfTheLastWindow() {
    Random rng = new Random(2);
    Windows w = new Windows(3, 800).self(0, 0.4, 0.05, rng).self(1, 0.4, 0.05, rng).self(2, 0.0, 0.05, rng)
        .lagged(0, 1, -0.2, 0.05, rng);
    for (int t = 0; t < w.n; t++) {
      w.norms[2][t] = 30;
      w.update[1][t] = t % 4 == 0 ? -0.1 : 0.2;
    }
    GradientSummary s = GradientSummary.of(w.window(), S);
    GradientWindow last = w.window().last(500);
    assertThat(s.steps()).isEqualTo(500);
    assertThat(s.trueCosine()[0][1]).isEqualTo(GradientStatistics.trueCosine(last, 0, 1, S));
    assertThat(s.trueCosine()[1][0]).isEqualTo(s.trueCosine()[0][1]);
    assertThat(s.trueCosine()[0][2].defined()).isFalse(); // y3's gradient is noise
    assertThat(s.selfAgreement()[1]).isEqualTo(GradientStatistics.selfAgreement(last, 1, S));
    assertThat(s.harmShare()[1].value()).isCloseTo(0.25, within(0.01));
    assertThat(s.imbalanceCaption()).isEqualTo("Imbalance 30× (y3 ÷ y1, last 484 steps)");
    assertThat(s.conflictCaption()).startsWith("Most apart: y1–y2 −0.49 ± ").contains("(true-gradient cosine, last 484 measured steps)")
        .contains("noise floor y1 +0.40, y2 +0.40");
  }

  @Test
  void captionsSayWhyThereIsNoNumber() {
    GradientSummary young = GradientSummary.of(new Windows(2, 30).window(), S);
    assertThat(young.imbalanceCaption()).isEqualTo("Imbalance: not enough measured steps (30 of 100).");
    assertThat(young.conflictCaption()).isEqualTo("Cosines: not enough measured steps (30 of 100).");
    GradientSummary one = GradientSummary.of(new Windows(1, 300).window(), S);
    assertThat(one.imbalanceCaption()).isEqualTo("Imbalance needs two tasks or more.");
    assertThat(one.conflictCaption()).isEqualTo("Conflict needs two tasks or more.");
    double[][] norms = {new double[200], new double[200]};
    java.util.Arrays.fill(norms[0], 1);
    java.util.Arrays.fill(norms[1], 1);
    GradientSummary old = GradientSummary.of(new GradientWindow(List.of("a", "b"), new long[200], norms, norms,
        new double[2][2][200]), S);
    assertThat(old.conflictCaption()).startsWith("This run has no lagged measures");
  }
}
