package org.mtlworkbench.ui.dashboard;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.ui.dashboard.TaskRows.Row;
import org.mtlworkbench.ui.run.BaselineCurve;

/**
 * One row per task ({@link TaskRows}): its validation metric after the last epoch, and the
 * comparison with its single-task baseline (baseline, Δ, verdict), "—" until baselines have run.
 */
final class TaskTable extends TableView<TaskRows.Row> {
  TaskTable() {
    setId("taskTable");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new javafx.scene.control.Label("Validation results appear after the first epoch."));
    getColumns().add(column("Task", Row::task));
    getColumns().add(column("Metric", Row::metric));
    getColumns().add(column("Validation", Row::validation));
    getColumns().add(column("Val. loss", Row::loss));
    getColumns().add(column("Baseline", Row::baseline));
    getColumns().add(column("Δ", Row::delta));
    getColumns().add(column("Verdict", Row::verdict));
  }

  private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
    TableColumn<Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
    c.setSortable(false);
    return c;
  }

  /**
   * Shows the last validation of {@code evaluations} for the tasks of {@code spec}, compared with
   * the single-task baselines found so far.
   */
  void show(ExperimentSpec spec, List<EpochRecord> evaluations, List<BaselineCurve> baselines) {
    getItems().setAll(TaskRows.rows(spec, evaluations, baselines));
  }
}
