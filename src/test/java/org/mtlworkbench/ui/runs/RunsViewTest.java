package org.mtlworkbench.ui.runs;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.LegendItem;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.report.chart.ChartTheme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The runs view driven by its gestures, on a workspace of two hand-made runs. */
class RunsViewTest {
  private static final String PCGRAD = RunsViewModelTest.PCGRAD;
  private static final String EQUAL = RunsViewModelTest.EQUAL;

  private static final Executor NEW_THREAD = task -> new Thread(task, "test-background").start();

  @TempDir Path root;
  @TempDir Path out;
  private final FxRobot robot = new FxRobot();
  private final List<Stage> compared = new ArrayList<>();
  private Stage stage;
  private RunsView view;

  @BeforeEach
  void showTwoRuns() throws Exception {
    HandMadeRuns.write(root, "20261129-090000-equal", "two tasks", "equal", 1, "finished",
        Instant.parse("2026-11-29T09:00:00Z"), 10, 0.8, 0.6);
    HandMadeRuns.write(root, "20261129-100000-pcgrad", "two tasks pcgrad", "pcgrad", 2, "stopped",
        Instant.parse("2026-11-29T10:00:00Z"), 20, 0.7, 0.9);
    stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(s -> {
      view = new RunsView(new RunsViewModel(new Workspace(root)), ChartTheme.LIGHT, NEW_THREAD,
          entries -> compared.add(CompareWindow.show(s, List.of(), ChartTheme.LIGHT, entries, NEW_THREAD,
              suggested -> out.resolve(suggested))));
      view.setReportDestination(suggested -> out.resolve(suggested));
      s.setScene(new Scene(view, 1100, 700));
      s.show();
      view.refresh();
    });
    awaitFx(() -> table().getItems().size() == 2);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  private TableView<RunEntry> table() {
    return robot.lookup("#runsTable").query();
  }

  private List<String> names() throws Exception {
    return onFx(() -> table().getItems().stream().map(RunEntry::name).toList());
  }

  private static void awaitFx(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> onFx(condition));
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  private void select(String name) {
    robot.clickOn(robot.lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
        && name.equals(c.getText())).<Node>query());
  }

  @Test
  void bothRunsAreListedWithTheirStatusNewestFirst() throws Exception {
    assertThat(names()).containsExactly(PCGRAD, EQUAL);
    assertThat(robot.lookup(".run-status-stopped").queryAll()).isNotEmpty();
    assertThat(robot.lookup(".run-status-finished").queryAll()).isNotEmpty();
    assertThat(onFx(() -> table().getColumns().stream().map(c -> c.getText()).toList()))
        .contains("Run", "Date", "Dataset", "Sharing", "Strategy", "Seed", "Status", "y1\nr2 · validation", "y2\nr2 · validation");
  }

  @Test
  void typingInTheFilterNarrowsTheTable() throws Exception {
    robot.clickOn("#runsFilter").write("pcgrad");
    awaitFx(() -> table().getItems().size() == 1);
    assertThat(names()).containsExactly(PCGRAD);
  }

  @Test
  void clickingTheDateHeaderSortsOldestFirstThenNewestFirst() throws Exception {
    robot.clickOn(robot.lookup(".column-header").match((Node n) -> n.getId() != null && n.getId().equals("runsColDate"))
        .<Node>query());
    awaitFx(() -> table().getItems().get(0).name().equals(EQUAL));
    assertThat(names()).containsExactly(EQUAL, PCGRAD);
    robot.clickOn(robot.lookup(".column-header").match((Node n) -> "runsColDate".equals(n.getId())).<Node>query());
    awaitFx(() -> table().getItems().get(0).name().equals(PCGRAD));
  }

  @Test
  void deleteAsksFirstAndCancelKeepsTheRun() throws Exception {
    select(EQUAL);
    robot.clickOn("#runsDelete");
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#deleteRunsDialog").tryQuery().isPresent());
    robot.clickOn("Cancel");
    assertThat(names()).hasSize(2);
    assertThat(root.resolve("20261129-090000-equal")).exists();

    robot.clickOn("#runsDelete");
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> robot.lookup("#deleteRunsDialog").tryQuery().isPresent());
    robot.clickOn("Delete");
    awaitFx(() -> table().getItems().size() == 1);
    assertThat(names()).containsExactly(PCGRAD);
    assertThat(root.resolve("20261129-090000-equal")).doesNotExist();
  }

  @Test
  void openShowsTheRecordedRunsDashboardWithItsPoints() throws Exception {
    select(PCGRAD);
    robot.clickOn("#runsOpen");
    awaitFx(() -> {
      XYDataset main = robot.lookup("#lossPanelChart").<ChartViewer>query().getChart().getXYPlot().getDataset(1);
      return main.getSeriesCount() == 2 && main.getItemCount(0) > 1 && main.getItemCount(1) > 1;
    });
    assertThat(onFx(() -> robot.lookup("#dashboardRun").<javafx.scene.control.Label>query().getText()))
        .startsWith(PCGRAD + " · stopped · 20 of 20 steps");
  }

  @Test
  void comparingTwoRunsShowsEachTasksCurvesWithBothRunNamesInTheLegend() throws Exception {
    assertThat(onFx(() -> robot.lookup("#runsCompare").query().isDisabled())).isTrue();
    select(PCGRAD);
    robot.press(javafx.scene.input.KeyCode.CONTROL);
    select(EQUAL);
    robot.release(javafx.scene.input.KeyCode.CONTROL);
    robot.clickOn("#runsCompare");

    WaitForAsyncUtils.waitFor(20, SECONDS, () -> robot.lookup("#compareChart-y1").tryQuery().isPresent());
    List<String> legend = onFx(() -> {
      var items = robot.lookup("#compareChart-y1").<ChartViewer>query().getChart().getXYPlot().getLegendItems();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < items.getItemCount(); i++) {
        LegendItem item = items.get(i);
        labels.add(item.getLabel());
      }
      return labels;
    });
    assertThat(legend).anySatisfy(l -> assertThat(l).startsWith("two tasks pcgrad"));
    assertThat(legend).anySatisfy(l -> assertThat(l).startsWith("two tasks ·"));
    assertThat(robot.lookup("#compareChart-y2").tryQuery()).isPresent();
    Window window = compared.get(0);
    assertThat(onFx(window::isShowing)).isTrue();
  }

  private void compareBoth() throws Exception {
    select(PCGRAD);
    robot.press(javafx.scene.input.KeyCode.CONTROL);
    select(EQUAL);
    robot.release(javafx.scene.input.KeyCode.CONTROL);
    robot.clickOn("#runsCompare");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> robot.lookup("#compareExport").tryQuery().isPresent());
  }

  @Test
  void theParetoChartHasAPointPerRunAndTheDifferencesNameStrategyAndSeed() throws Exception {
    compareBoth();
    robot.clickOn("Pareto");
    robot.interact(() -> {
      robot.lookup("#paretoMetricA").<javafx.scene.control.ComboBox<String>>query().setValue("r2");
      robot.lookup("#paretoMetricB").<javafx.scene.control.ComboBox<String>>query().setValue("r2");
    });
    XYDataset runs = onFx(() -> robot.lookup("#paretoChart").<ChartViewer>query().getChart().getXYPlot().getDataset(0));
    assertThat(runs.getSeriesCount()).isEqualTo(2);
    // x = y1 r2, y = y2 r2 as written in the runs' run.json (selection order: pcgrad first)
    assertThat(runs.getXValue(0, 0)).isEqualTo(0.7);
    assertThat(runs.getYValue(0, 0)).isEqualTo(0.9);
    assertThat(runs.getXValue(1, 0)).isEqualTo(0.8);
    assertThat(runs.getYValue(1, 0)).isEqualTo(0.6);

    robot.clickOn("Differences");
    List<String> paths = onFx(() -> robot.lookup("#compareDiffTable").<TableView<org.mtlworkbench.report.SpecDiff.Row>>query()
        .getItems().stream().map(org.mtlworkbench.report.SpecDiff.Row::path).toList());
    assertThat(paths).containsExactlyInAnyOrder("name", "training.seed", "strategy.name");
  }

  @Test
  void exportWritesTheComparisonAsHtmlAndPdfOffTheUiThread() throws Exception {
    compareBoth();
    robot.clickOn("#compareExport");
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> onFx(() -> robot.lookup("#compareExported")
        .<javafx.scene.control.Label>query().getText().startsWith("Exported ")));
    Path html = out.resolve("comparison-2-runs.html");
    assertThat(java.nio.file.Files.readString(html)).contains("two tasks pcgrad", "<svg");
    byte[] pdf = java.nio.file.Files.readAllBytes(out.resolve("comparison-2-runs.pdf"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void reportWritesTheSelectedRunsReportAsHtmlAndPdf() throws Exception {
    select(PCGRAD);
    robot.clickOn("#runsReport");
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> onFx(() -> robot.lookup("#runsMessage")
        .<javafx.scene.control.Label>query().getText().startsWith("Exported ")));
    List<Path> written;
    try (var files = java.nio.file.Files.list(out)) {
      written = files.sorted().toList();
    }
    assertThat(written).hasSize(2);
    assertThat(written.get(0).toString()).endsWith("-report.html");
    assertThat(written.get(1).toString()).endsWith("-report.pdf");
    assertThat(java.nio.file.Files.readString(written.get(0))).contains("two tasks pcgrad").doesNotContain("two tasks<");
  }
}
