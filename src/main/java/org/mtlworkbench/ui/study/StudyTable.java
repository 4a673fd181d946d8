package org.mtlworkbench.ui.study;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * The study's table: one line per strategy (× sharing scheme) and task — the metric over seeds
 * (mean ± std), Δ_k against the single-task baseline (Maninis et al. 2019), Welch's p and verdict,
 * Δm over the tasks, wall time per run and status; the best strategy of each task marked {@value
 * SweepSummaryWriter#BEST}. Every column sorts by its number, not its text (lines without a
 * number go last in ascending order). A double click on a line opens that strategy's runs.
 */
public final class StudyTable extends TableView<StudyRow> {
  private static final double STRATEGY_WIDTH = 95;
  private static final double GROUPED_STRATEGY_WIDTH = 205;
  private final ObservableList<StudyRow> rows = FXCollections.observableArrayList();

  /** @param open given the line double-clicked (its strategy's runs) */
  public StudyTable(Consumer<StudyRow> open) {
    setId("studyTable");
    SortedList<StudyRow> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    setPlaceholder(new Label("No run has finished yet: the table fills as runs finish."));
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    getColumns().setAll(List.of(
        text("studyColStrategy", "Strategy", StudyRow::strategy),
        text("studyColTask", "Task", r -> r.task() == null ? "" : r.taskName() + " · " + r.task().metric()),
        number("studyColMetric", "Mean ± std", StudyRow::mean,
            r -> r.task() == null ? "" : Numbers.meanStd(r.mean(), r.std()) + (r.best() ? "  " + SweepSummaryWriter.BEST : "")),
        number("studyColBaseline", "Single-task", r -> r.transfer() == null ? null : r.transfer().stlMean(),
            r -> r.transfer() == null ? dash(r) : Numbers.meanStd(r.transfer().stlMean(), r.transfer().stlStd())),
        number("studyColDelta", "Δ_k", StudyRow::deltaMean,
            r -> r.transfer() == null ? dash(r) : Numbers.percentMeanStd(r.transfer().deltaMean(), r.transfer().deltaStd())),
        number("studyColP", "Welch's p", StudyRow::pValue,
            r -> r.transfer() == null ? dash(r) : Numbers.significant(r.transfer().pValue(), 2)),
        text("studyColVerdict", "Verdict", r -> r.transfer() == null ? "" : verdict(r.transfer())),
        number("studyColDeltaM", "Δm", r -> r.group().deltaMMean(),
            r -> r.group().deltaMMean() == null ? dash(r) : Numbers.percentMeanStd(r.group().deltaMMean(), r.group().deltaMStd())),
        number("studyColWall", "Wall time (s)", r -> r.group().wallMean(),
            r -> r.group().wallMean() == null ? "" : Numbers.meanStd(r.group().wallMean(), r.group().wallStd(), 3)),
        text("studyColStatus", "Status", StudyRow::status)));
    double[] widths = {STRATEGY_WIDTH, 75, 160, 150, 130, 75, 165, 120, 115, 140};
    for (int i = 0; i < widths.length; i++) {
      getColumns().get(i).setPrefWidth(widths[i]);
    }
    setRowFactory(t -> {
      TableRow<StudyRow> row = new TableRow<>() {
        @Override
        protected void updateItem(StudyRow item, boolean empty) {
          super.updateItem(item, empty);
          getStyleClass().removeIf(s -> s.startsWith("run-status-"));
          setTooltip(null);
          if (!empty && item != null) {
            getStyleClass().add("run-status-" + item.group().status());
            if (!item.group().allFinished()) {
              setTooltip(new Tooltip(item.status()));
            }
          }
        }
      };
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          open.accept(row.getItem());
        }
      });
      return row;
    });
  }

  /** Shows {@code results} (null: none yet), keeping the user's sort. */
  public void show(StudyResults results) {
    rows.setAll(StudyRow.of(results));
    // a grouped row's label ("pcgrad · grouped y1+y2 | y3") needs room the strategy names alone do not
    boolean grouped = results != null && results.groups().stream().anyMatch(StudyResults.Group::grouped);
    getColumns().get(0).setPrefWidth(grouped ? GROUPED_STRATEGY_WIDTH : STRATEGY_WIDTH);
  }

  private static String verdict(TransferRow t) {
    return t.verdict() == null ? "" : t.verdict().label();
  }

  /** "–" under a strategy that has results, nothing under one that has none. */
  private static String dash(StudyRow r) {
    return r.task() == null ? "" : Numbers.MISSING;
  }

  private static TableColumn<StudyRow, String> text(String id, String title, Function<StudyRow, String> value) {
    TableColumn<StudyRow, String> c = new TableColumn<>(title);
    c.setId(id);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    return c;
  }

  /** A column that sorts by a number and shows the line's text for it; lines without the number sort last either way. */
  private static TableColumn<StudyRow, StudyRow> number(String id, String title, Function<StudyRow, Double> key,
      Function<StudyRow, String> shown) {
    TableColumn<StudyRow, StudyRow> c = new TableColumn<>(title);
    c.setId(id);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    c.setComparator(Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder())));
    c.setCellFactory(col -> new TableCell<>() {
      @Override
      protected void updateItem(StudyRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : shown.apply(item));
      }
    });
    return c;
  }
}
