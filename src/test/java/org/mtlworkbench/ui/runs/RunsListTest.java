package org.mtlworkbench.ui.runs;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs window as a new user meets it: runs from the window, whose experiment is named "…,
 * hard sharing" whatever they ran; regression and classification tasks; three experiments with
 * five tasks between them. Each run is named for what it ran, each task's column is filled with
 * that task's own metric and says which split it shows, and the useful columns are in view at
 * the window's default size. Esc and Ctrl+W close it, and the Compare window.
 */
class RunsListTest {
  private static final Executor NEW_THREAD = task -> new Thread(task, "test-background").start();
  private static final Instant T = Instant.parse("2026-11-29T09:00:00Z");
  private static final String CORRELATED = "Correlated regression, p = 0.9, hard sharing";

  @TempDir Path root;
  private final FxRobot robot = new FxRobot();
  private RunsWindow window;
  private Stage owner;

  @BeforeEach
  void showTheRunsWindow() throws Exception {
    HandMadeRuns.ran(root, "20261129-090000-a", CORRELATED, "mmoe", "pcgrad", 3, T, List.of("y1", "y2"), TaskType.REGRESSION, 0.25);
    HandMadeRuns.ran(root, "20261129-090100-b", CORRELATED, "soft", "equal", 42, T.plusSeconds(60), List.of("y1", "y2"),
        TaskType.REGRESSION, 0.5);
    HandMadeRuns.ran(root, "20261129-090200-c", "Multi-Fashion, Multi-LeNet (Sener & Koltun 2018), hard sharing", "hard", "mgda", 1,
        T.plusSeconds(120), List.of("left", "right"), TaskType.MULTICLASS, 0.75);
    HandMadeRuns.ran(root, "20261129-090300-d", "Three tasks, hard sharing", "cross-stitch", "gradnorm", 7, T.plusSeconds(180),
        List.of("y1", "y2", "y3"), TaskType.REGRESSION, 0.125);
    owner = FxToolkit.registerPrimaryStage();
    window = new RunsWindow(new Workspace(root), NEW_THREAD, entries -> { });
    robot.interact(() -> {
      owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
      owner.show();
      window.show(owner, List.of(), ChartTheme.LIGHT);
    });
    awaitFx(() -> table().getItems().size() == 4);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @SuppressWarnings("unchecked")
  private TableView<RunEntry> table() {
    return (TableView<RunEntry>) window.view().lookup("#runsTable");
  }

  private static void awaitFx(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> onFx(condition));
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  private RunEntry entry(String folderEnd) throws Exception {
    return onFx(() -> table().getItems().stream().filter(e -> e.dir().getFileName().toString().endsWith(folderEnd)).findFirst()
        .orElseThrow());
  }

  @Test
  void eachRunIsNamedForTheSharingStrategyAndSeedItRanNotTheExperimentsSharing() throws Exception {
    assertThat(entry("-a").name()).isEqualTo("Correlated regression, p = 0.9 · mmoe · pcgrad · seed 3");
    assertThat(entry("-b").name()).isEqualTo("Correlated regression, p = 0.9 · soft · equal · seed 42");
    assertThat(entry("-c").name()).isEqualTo("Multi-Fashion, Multi-LeNet (Sener & Koltun 2018) · hard · mgda · seed 1");
    assertThat(entry("-d").name()).isEqualTo("Three tasks · cross-stitch · gradnorm · seed 7");
    assertThat(onFx(() -> table().getItems().stream().map(RunEntry::name).toList()))
        .noneSatisfy(n -> assertThat(n).contains("hard sharing"));
    assertThat(entry("-a").experiment()).isEqualTo(CORRELATED);
  }

  @Test
  void everyTaskCellOfARunIsFilledWithThatTasksMetricAndTheHeaderSaysWhichSplit() throws Exception {
    RunsViewModel model = window.view().model();
    for (RunEntry e : onFx(() -> List.copyOf(table().getItems()))) {
      for (String task : e.taskMetrics().keySet()) {
        assertThat(onFx(() -> model.cell(e, task))).as(e.name() + " / " + task).isNotNull();
      }
    }
    assertThat(onFx(() -> model.cell(entry("-c"), "left"))).isEqualTo("0.75");
    assertThat(entry("-c").taskMetrics()).containsEntry("left", "accuracy");
    assertThat(entry("-a").taskMetrics()).containsEntry("y1", "mse");
    List<String> headers = onFx(() -> table().getColumns().stream().filter(c -> c.getId().startsWith("runsColTask-"))
        .map(TableColumn::getText).toList());
    assertThat(headers).containsExactlyInAnyOrder("y1\nmse · test", "y2\nmse · test", "y3\nmse · test", "left\naccuracy · test",
        "right\naccuracy · test");
  }

  @Test
  void theNameStatusEveryTaskAndTheStepsAreInViewAtTheDefaultSize() throws Exception {
    assertThat(onFx(() -> window.stage().getWidth())).isGreaterThanOrEqualTo(Math.min(RunsWindow.WIDTH,
        javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()) - 1);
    List<String> wanted = List.of("runsColName", "runsColStatus", "runsColTask-y1", "runsColTask-y2", "runsColTask-y3",
        "runsColTask-left", "runsColTask-right", "runsColSteps");
    Bounds tableBounds = onFx(() -> table().localToScene(table().getLayoutBounds()));
    for (String id : wanted) {
      Node header = robot.from(window.view()).lookup(".column-header").match((Node n) -> id.equals(n.getId())).query();
      Bounds b = onFx(() -> header.localToScene(header.getLayoutBounds()));
      assertThat(b.getMaxX()).as(id + " ends inside the table").isLessThanOrEqualTo(tableBounds.getMaxX());
      assertThat(b.getWidth()).as(id + " has room").isGreaterThan(40);
    }
  }

  @Test
  void escapeAndCtrlWCloseTheRunsWindowAndTheCompareWindow() throws Exception {
    robot.interact(() -> window.stage().requestFocus());
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    awaitFx(() -> !window.stage().isShowing());

    robot.interact(() -> window.show(owner, List.of(), ChartTheme.LIGHT));
    awaitFx(() -> window.stage().isShowing());
    robot.interact(() -> window.stage().requestFocus());
    robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
    awaitFx(() -> !window.stage().isShowing());

    List<RunEntry> two = onFx(() -> List.copyOf(table().getItems().subList(0, 2)));
    Stage[] compare = new Stage[1];
    robot.interact(() -> compare[0] = CompareWindow.show(owner, List.of(), ChartTheme.LIGHT, two, NEW_THREAD));
    awaitFx(() -> compare[0].isShowing());
    robot.interact(() -> compare[0].requestFocus());
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    awaitFx(() -> !compare[0].isShowing());
  }
}
