package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.TaskEvaluation;

/**
 * One row per task: its validation metric after the last epoch, and the comparison with its
 * single-task baseline (baseline, Δ, verdict), which reads "—" until baselines have been run.
 */
final class TaskTable extends TableView<TaskTable.Row> {
  static final String NONE = "—";

  /** What a row shows, already as text. */
  record Row(String task, String metric, String validation, String loss, String baseline, String delta, String verdict) {}

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

  /** Shows the last validation of {@code evaluations} for the tasks of {@code spec}. */
  void show(ExperimentSpec spec, List<EpochRecord> evaluations) {
    getItems().setAll(rows(spec, evaluations));
  }

  static List<Row> rows(ExperimentSpec spec, List<EpochRecord> evaluations) {
    EpochRecord last = null;
    for (EpochRecord e : evaluations) {
      if (e.split().equals("validation")) {
        last = e;
      }
    }
    List<Row> rows = new ArrayList<>();
    if (spec == null || last == null) {
      return rows;
    }
    for (int t = 0; t < spec.tasks().size() && t < last.tasks().size(); t++) {
      TaskSpec task = spec.tasks().get(t);
      TaskEvaluation eval = last.tasks().get(t);
      String metric = metricOf(task, eval.metrics());
      Double value = eval.metrics().get(metric);
      rows.add(new Row(task.name(), metric, format(value), format(eval.loss()), NONE, NONE, NONE));
    }
    return rows;
  }

  /** The task's metric: as the experiment names it, else its type's default (as the engine chooses). */
  static String metricOf(TaskSpec task, Map<String, Double> metrics) {
    if (task.metric() != null) {
      return task.metric();
    }
    return metrics.containsKey("mse") ? "mse" : "accuracy";
  }

  static String format(Double v) {
    if (v == null || v.isNaN()) {
      return NONE;
    }
    double a = Math.abs(v);
    return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
