package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.TaskEvaluation;
import org.mtlworkbench.ui.run.TinyExperiments;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The task table keeps its rows while a run streams and changes only their texts. */
class TaskTableTest {
  private static final ExperimentSpec SPEC = TinyExperiments.correlatedHigh(1); // tasks y1, y2 (mse)

  private static List<EpochRecord> validation(double mse1, double mse2) {
    return List.of(new EpochRecord(49, 0, "validation", List.of(
        new TaskEvaluation(mse1, Map.of("mse", mse1), 100),
        new TaskEvaluation(mse2, Map.of("mse", mse2), 100))));
  }

  @Test
  void aNewEpochChangesTheTextsOfTheRowsThatAreThere() throws Exception {
    FxToolkit.registerPrimaryStage();
    WaitForAsyncUtils.asyncFx(() -> {
      TaskTable table = new TaskTable();
      table.show(SPEC, validation(0.5, 2.0), List.of());
      List<TaskTable.LiveRow> first = List.copyOf(table.getItems());
      table.show(SPEC, validation(0.25, 2.0), List.of());
      assertThat(table.getItems()).containsExactlyElementsOf(first); // the same row objects
      assertThat(first.get(0).text(2).get()).isEqualTo("0.25"); // Validation column
      assertThat(first.get(1).text(2).get()).isEqualTo("2");
      assertThat(first.get(0).toString()).contains("task=y1").contains("validation=0.25");
      table.show(SPEC, List.of(), List.of()); // another run, nothing evaluated yet
      assertThat(table.getItems()).isEmpty();
    }).get();
  }
}
