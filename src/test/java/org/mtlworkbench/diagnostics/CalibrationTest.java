package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calibration table counted by hand on a few trials. */
class CalibrationTest {

  @Test
  void falsePositivesCountOnCasesThatDoNotStageAKindDetectionsOnThoseThatDo() {
    List<Calibration.StagedCase> cases = List.of(
        new Calibration.StagedCase("help", Set.of(), Set.of()),
        new Calibration.StagedCase("fight", Set.of(Finding.CONFLICT, Finding.HARM), Set.of()),
        new Calibration.StagedCase("scale", Set.of(Finding.IMBALANCE), Set.of(Finding.HARM)));
    List<Calibration.Trial> trials = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      trials.add(new Calibration.Trial("help", "seed " + s, Finding.CONFLICT, s == 3)); // 1 false positive of 10
      trials.add(new Calibration.Trial("fight", "seed " + s, Finding.CONFLICT, s != 7)); // 9 detections of 10
      trials.add(new Calibration.Trial("scale", "seed " + s, Finding.CONFLICT, false)); // 0 of 10
      trials.add(new Calibration.Trial("fight", "seed " + s, Finding.HARM, true));
      trials.add(new Calibration.Trial("scale", "seed " + s, Finding.HARM, true)); // open: counts for neither
      trials.add(new Calibration.Trial("scale", "seed " + s, Finding.IMBALANCE, true));
    }
    List<Calibration.Row> rows = Calibration.score(cases, trials);
    assertThat(rows).extracting(Calibration.Row::kind).containsExactly(Calibration.KINDS.toArray(String[]::new));
    Calibration.Row conflict = rows.get(0);
    assertThat(conflict).isEqualTo(new Calibration.Row(Finding.CONFLICT, 1, 20, 9, 10));
    assertThat(conflict.falsePositiveRate()).isEqualTo(0.05);
    assertThat(conflict.detectionRate()).isEqualTo(0.9);
    assertThat(conflict.meets(0.05, 0.95)).isFalse();
    assertThat(conflict.meets(0.05, 0.9)).isTrue();
    assertThat(rows.get(2)).isEqualTo(new Calibration.Row(Finding.HARM, 0, 0, 10, 10));
    assertThat(rows.get(2).falsePositiveRate()).isNaN();
    assertThat(rows.get(1)).isEqualTo(new Calibration.Row(Finding.IMBALANCE, 0, 0, 10, 10));
    assertThat(rows.get(3)).isEqualTo(new Calibration.Row(Finding.NEGATIVE_TRANSFER, 0, 0, 0, 0));
  }

  @Test
  void aTrialOfAnUnknownCaseIsAnError() {
    assertThatThrownBy(() -> Calibration.score(List.of(), List.of(new Calibration.Trial("x", "seed 1", Finding.CONFLICT, true))))
        .hasMessageContaining("unknown case 'x'");
  }
}
