package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.TaskEvaluation;
import org.mtlworkbench.ui.run.BaselineCurve;

/**
 * The Tasks table with three tasks, in the room the dashboard has in the default 1600 × 1000
 * window: every row in sight without scrolling, and no header or cell cut short.
 */
class TaskTableLayoutTest {
  /**
   * The dashboard's width in the default window (640 px, measured in the running app at
   * 1600 × 1000); its height there is 912 px, more than the headless screen holds, but the tabs
   * below the charts keep their height and the charts give way, so 780 px tests the same table.
   */
  static final double WIDTH = 640;
  static final double HEIGHT = 780;

  @Test
  void threeTasksShowAllTheirRowsWithHeadersAndVerdictsWhole() throws Exception {
    ExperimentSpec spec = ExperimentFiles.read(Path.of("sample-datasets", "imbalanced", "experiment.json"));
    DashboardStage d = DashboardStage.show(List.of("y1", "y2", "y3"), WIDTH, HEIGHT);
    d.spec.set(spec);
    MetricsLog log = Logs.of("y1", "y2", "y3");
    for (int i = 0; i < 200; i++) {
      Logs.step(log, new double[] {1, 10, 100}, 0.2);
    }
    log.onEpoch(new EpochRecord(199, 0, "validation", List.of(
        new TaskEvaluation(1.01, Map.of("mse", 1.01), 100),
        new TaskEvaluation(102.5, Map.of("mse", 102.5), 100),
        new TaskEvaluation(10234.5, Map.of("mse", 10234.5), 100))));
    d.log.set(log);
    d.frames(2);
    Series none = new Series(new long[0], new double[0]);
    d.robot.interact(() -> d.view.showBaselines(List.of(
        new BaselineCurve("y1", "finished", Map.of("mse", 0.9), none, false),
        new BaselineCurve("y2", "finished", Map.of("mse", 110.0), none, false),
        new BaselineCurve("y3", "finished", Map.of("mse", 10000.0), none, false))));
    d.frames(2);

    TableView<?> table = d.robot.lookup("#taskTable").query();
    assertThat(DashboardStage.on(() -> table.getItems().size())).isEqualTo(3);
    Bounds visible = DashboardStage.on(() -> table.localToScreen(table.getBoundsInLocal()));
    Set<Node> rows = d.robot.from(table).lookup(".table-row-cell").queryAll();
    int shown = 0;
    for (Node n : rows) {
      TableRow<?> row = (TableRow<?>) n;
      if (DashboardStage.on(() -> row.getItem() == null)) {
        continue;
      }
      shown++;
      Bounds b = DashboardStage.on(() -> row.localToScreen(row.getBoundsInLocal()));
      assertThat(b.getMaxY()).as("row " + row.getIndex() + " bottom").isLessThanOrEqualTo(visible.getMaxY());
      assertThat(b.getMinY()).as("row " + row.getIndex() + " top").isGreaterThanOrEqualTo(visible.getMinY());
    }
    assertThat(shown).as("rows on screen").isEqualTo(3);

    // every header and every cell shows its whole text (an ellipsis would make them differ)
    for (Node n : d.robot.from(table).lookup(".column-header .label").queryAll()) {
      Labeled header = (Labeled) n;
      String drawn = DashboardStage.on(() -> d.robot.from(header).lookup(".text").<Text>query().getText());
      assertThat(drawn).as("header " + header.getText()).isEqualTo(header.getText());
    }
    int cells = 0;
    for (Node n : d.robot.from(table).lookup(".table-cell").queryAll()) {
      TableCell<?, ?> cell = (TableCell<?, ?>) n;
      String full = DashboardStage.on(cell::getText);
      if (full == null || full.isEmpty()) {
        continue;
      }
      cells++;
      String drawn = DashboardStage.on(() -> d.robot.from(cell).lookup(".text").<Text>query().getText());
      assertThat(drawn).as("cell " + full).isEqualTo(full);
    }
    assertThat(cells).as("cells with text").isGreaterThanOrEqualTo(3 * 7);
  }
}
