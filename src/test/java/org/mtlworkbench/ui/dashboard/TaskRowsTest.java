package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.TaskEvaluation;
import org.mtlworkbench.ui.run.BaselineCurve;
import org.mtlworkbench.ui.run.TinyExperiments;

/** The task table's baseline, Δ and verdict columns, against values worked out by hand. */
class TaskRowsTest {
  private static final ExperimentSpec SPEC = TinyExperiments.correlatedHigh(1); // tasks y1, y2 (regression: mse)
  private static final Series NO_CURVE = new Series(new long[0], new double[0]);

  private static List<EpochRecord> validation(double mse1, double mse2) {
    return List.of(new EpochRecord(49, 0, "validation", List.of(
        new TaskEvaluation(mse1, Map.of("mse", mse1, "r2", 0.5), 100),
        new TaskEvaluation(mse2, Map.of("mse", mse2, "r2", 0.5), 100))));
  }

  @Test
  void withoutBaselinesTheColumnsReadDash() {
    List<TaskRows.Row> rows = TaskRows.rows(SPEC, validation(0.5, 2.0), List.of());
    assertThat(rows).extracting(TaskRows.Row::baseline).containsExactly("–", "–");
    assertThat(rows).extracting(TaskRows.Row::delta).containsExactly("–", "–");
  }

  @Test
  void deltaIsSignedSoThatPositiveMeansTheMultiTaskModelIsBetter() {
    // y1: MTL mse 0.5, STL mse 0.4 → lower is better: Δ = −(0.5 − 0.4)/0.4 = −25 %: worse.
    // y2: MTL mse 2.0, STL mse 2.5 → Δ = −(2.0 − 2.5)/2.5 = +20 %: better.
    List<BaselineCurve> baselines = List.of(
        new BaselineCurve("y1", "finished", Map.of("mse", 0.4), NO_CURVE, false),
        new BaselineCurve("y2", "finished", Map.of("mse", 2.5), NO_CURVE, true));
    List<TaskRows.Row> rows = TaskRows.rows(SPEC, validation(0.5, 2.0), baselines);
    assertThat(rows).extracting(TaskRows.Row::baseline).containsExactly("0.4", "2.5");
    assertThat(rows).extracting(TaskRows.Row::delta).containsExactly("\u221225.0%", "+20.0%");
    assertThat(rows).extracting(TaskRows.Row::verdict).containsExactly("MTL worse (1 seed)", "MTL better (1 seed)");
  }

  @Test
  void aBaselineThatDidNotFinishIsNotCompared() {
    List<BaselineCurve> baselines = List.of(new BaselineCurve("y1", "diverged", Map.of("mse", 0.4), NO_CURVE, false));
    List<TaskRows.Row> rows = TaskRows.rows(SPEC, validation(0.5, 2.0), baselines);
    assertThat(rows.get(0).baseline()).isEqualTo("–");
    assertThat(rows.get(0).verdict()).isEqualTo("–");
  }
}
