package org.mtlworkbench.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.ui.dashboard.TaskRows.Row;
import org.mtlworkbench.ui.run.BaselineCurve;

/**
 * One row per task ({@link TaskRows}): its validation metric after the last epoch, and the
 * comparison with its single-task baseline (baseline, Δ, verdict), "—" until baselines have run.
 *
 * <p>While a run streams, the rows stay and only their texts change: replacing the table's items
 * makes it rebuild its cells, which repainted the whole window every time (measured with
 * JavaFX's pulse logger: every other second, 40–50 ms of the software renderer and a full frame
 * for the display server).
 */
final class TaskTable extends TableView<TaskTable.LiveRow> {
  /**
   * Each column's starting width: room for what it holds ("MTL worse (1 seed)" whole in the
   * dashboard's 640 px in the default window); the last column takes what is left.
   */
  private static final double[] WIDTHS = {70, 62, 74, 74, 74, 62, 130};

  TaskTable() {
    setId("taskTable");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new javafx.scene.control.Label("Validation results appear after the first epoch."));
    List<String> titles = List.of("Task", "Metric", "Validation", "Val. loss", "Baseline", "Δ", "Verdict");
    for (int i = 0; i < titles.size(); i++) {
      int column = i;
      TableColumn<LiveRow, String> c = new TableColumn<>(titles.get(i));
      c.setPrefWidth(WIDTHS[i]);
      c.setCellValueFactory(r -> r.getValue().text(column));
      c.setSortable(false);
      getColumns().add(c);
    }
  }

  /**
   * Shows the last validation of {@code evaluations} for the tasks of {@code spec}, compared with
   * the single-task baselines found so far.
   */
  void show(ExperimentSpec spec, List<EpochRecord> evaluations, List<BaselineCurve> baselines) {
    List<Row> rows = TaskRows.rows(spec, evaluations, baselines);
    if (rows.size() != getItems().size()) {
      getItems().setAll(rows.stream().map(LiveRow::new).toList());
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      getItems().get(i).show(rows.get(i));
    }
  }

  /** A row on screen: one text per column, changed in place. */
  static final class LiveRow {
    /** What each column shows, in the columns' order. */
    private static final List<Function<Row, String>> FIELDS = List.of(
        Row::task, Row::metric, Row::validation, Row::loss, Row::baseline, Row::delta, Row::verdict);
    private final SimpleStringProperty[] texts;
    private Row row;

    LiveRow(Row row) {
      texts = new SimpleStringProperty[FIELDS.size()];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = new SimpleStringProperty();
      }
      show(row);
    }

    void show(Row now) {
      row = now;
      for (int i = 0; i < texts.length; i++) {
        texts[i].set(FIELDS.get(i).apply(now)); // a property tells its cell only when it changes
      }
    }

    ReadOnlyStringProperty text(int column) {
      return texts[column];
    }

    /** The row shown, as {@link Row} prints it. */
    @Override
    public String toString() {
      return row.toString();
    }
  }
}
