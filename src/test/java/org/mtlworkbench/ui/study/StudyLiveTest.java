package org.mtlworkbench.ui.study;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.study.StudyResults;

/**
 * The study's live parts, driven through the window on a real study of two strategies × two seeds:
 * "Watch run" shows the run in progress in the main window's dashboard and follows the study to
 * the next run; the Task affinity tab fills as runs finish while the study goes on; the Curves tab
 * draws one band per strategy, growing as its seeds finish, whose mean and standard deviation at
 * a step are those of its seeds' metrics.csv, worked out here from the files themselves.
 */
class StudyLiveTest {
  /**
   * 4,000 rows, 50 steps an epoch: a run of 400 epochs trains for some seconds, long enough to be
   * watched while it does (100 epochs, about a second since the engine stopped making native
   * arrays every step, could end between two looks of the robot).
   */
  private static final String LONGER = """
      {"schemaVersion": 1, "name": "live study",
       "data": {"generator": {"type": "correlated-regression", "rows": 4000, "features": 8, "tasks": 2, "correlation": 0.5, "seed": 3}},
       "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
       "training": {"epochs": %d, "batchSize": 64, "seed": 5%s}}""";

  @TempDir Path root;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    StudyFixture.close(fx);
  }

  private void show(int epochs, String trainingExtra) throws Exception {
    fx = new StudyFixture(root).show(ExperimentFiles.parse(LONGER.formatted(epochs, trainingExtra), "live.json"));
    fx.robot.clickOn("#studyStrategy-pcgrad").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    awaitFx(5, () -> !fx.robot.lookup("#studyStart").queryButton().isDisabled());
  }

  @Test
  void watchRunShowsTheRunInProgressLiveAndFollowsTheStudyToTheNextRun() throws Exception {
    show(400, ", \"affinityEvery\": 10");
    fx.robot.clickOn("#studyAffinity");
    Hyperlink watch = fx.robot.lookup("#studyWatchRun").query();
    assertThat(onFx(watch::isVisible)).isFalse(); // nothing to watch before Start
    fx.robot.clickOn("#studyStart");
    awaitFx(60, watch::isVisible);
    fx.robot.clickOn("#studyWatchRun");
    RunWatchWindow w = onFx(() -> fx.view.watchWindow());
    assertThat(onFx(() -> w.stage().isShowing())).isTrue();

    // the run the progress line names is drawn while it trains, the line above the charts says
    // where it is, and its points keep arriving
    awaitFx(60, () -> w.shown() != null && !w.shown().over() && drawn(w, 0) > 1 && drawn(w, 1) > 1
        && progressLine().contains("now " + w.shown().label())
        && dashboardLine(w).matches(java.util.regex.Pattern.quote(w.shown().label()) + ": step [\\d,]+ of [\\d,]+\\."));
    RunWatch.Run first = onFx(w::shown);
    double earlier = onFx(() -> lastStep(w));
    awaitFx(60, () -> w.shown() != first || lastStep(w) > earlier);
    assertThat(onFx(w::shown)).isSameAs(first);
    assertThat(onFx(() -> lastStep(w))).isGreaterThan(earlier).isLessThanOrEqualTo(lastStep(first));
    assertThat(onFx(() -> w.stage().getTitle())).isEqualTo("Run in progress — " + first.label());

    // the study moves on to the next run, and so does the view: the next run's own steps
    awaitFx(120, () -> w.shown() != first && w.shown() != null && drawn(w, 0) > 1);
    RunWatch.Run second = onFx(w::shown);
    assertThat(first.over()).isTrue();
    assertThat(first.outcome().status().id()).isEqualTo("finished");
    assertThat(second.label()).isNotEqualTo(first.label()).matches("(equal|pcgrad) · hard · seed [56]");
    assertThat(onFx(() -> w.stage().getTitle())).isEqualTo("Run in progress — " + second.label());
    assertThat(onFx(() -> dashboardLine(w))).startsWith(second.label() + ": ");
    assertThat(onFx(() -> drawn(w, 0) <= second.log().size() && lastStep(w) <= lastStep(second))).isTrue();

    // the finished run's task affinity is in its tab while the study goes on
    awaitFx(60, () -> fx.robot.lookup("#studyAffinityChart-hard").tryQuery().isPresent());
    assertThat(onFx(() -> fx.session().stateProperty().get().active())).isTrue();
  }

  @Test
  void theCurvesTabDrawsABandPerStrategyFromItsSeedsAsTheyFinish() throws Exception {
    show(20, "");
    fx.robot.clickOn("Curves");
    assertThat(onFx(() -> fx.robot.lookup("#studyCurvesNote").queryAs(Label.class).getText()))
        .startsWith("No strategy has a finished run yet");
    fx.robot.clickOn("#studyStart");
    // a strategy's band is there after its first seed, and counts its second once it finishes
    Set<String> seen = new HashSet<>();
    long until = System.nanoTime() + SECONDS.toNanos(240);
    while (onFx(() -> fx.session().stateProperty().get() != StudyState.ENDED) && System.nanoTime() < until) {
      seen.addAll(onFx(() -> legend("y1")));
      Thread.sleep(40);
    }
    fx.awaitEnded(5);
    awaitFx(30, () -> legend("y1").size() == 2 && legend("y2").size() == 2 && legend("y1").stream().allMatch(n -> n.contains("2 seeds")));
    seen.addAll(onFx(() -> legend("y1")));
    assertThat(seen).contains("equal (1 seed)", "pcgrad (1 seed)", "equal (2 seeds, mean ± std)", "pcgrad (2 seeds, mean ± std)");

    Path dir = onFx(() -> fx.session().dirProperty().get());
    StudyResults results = onFx(() -> fx.session().resultsProperty().get());
    List<String> planOrder = results.groups().stream().map(StudyResults.Group::label).toList();
    for (String task : List.of("y1", "y2")) {
      JFreeChart chart = onFx(() -> fx.robot.lookup("#studyCurvesChart-" + task).<ChartViewer>query().getChart());
      XYPlot plot = chart.getXYPlot();
      YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset();
      for (int s = 0; s < bands.getSeriesCount(); s++) {
        String strategy = bands.getSeriesKey(s).toString().split(" ")[0];
        TreeMap<Long, Double> a = validationLoss(dir.resolve(strategy + "/seed-5/" + RunFiles.METRICS), task);
        TreeMap<Long, Double> b = validationLoss(dir.resolve(strategy + "/seed-6/" + RunFiles.METRICS), task);
        assertThat(a.keySet()).hasSize(20).isEqualTo(b.keySet()); // one validation per epoch, at the same steps
        assertThat(bands.getItemCount(s)).isEqualTo(20);
        // at a chosen step: the mean of the two seeds and their sample standard deviation |a − b| / √2
        long step = new ArrayList<>(a.keySet()).get(7);
        double mean = (a.get(step) + b.get(step)) / 2;
        double std = Math.abs(a.get(step) - b.get(step)) / Math.sqrt(2);
        int item = itemAt(bands, s, step);
        assertThat(bands.getYValue(s, item)).isCloseTo(mean, within(1e-6));
        assertThat(bands.getStartYValue(s, item)).isCloseTo(mean - std, within(1e-6));
        assertThat(bands.getEndYValue(s, item)).isCloseTo(mean + std, within(1e-6));
        assertThat(std).isGreaterThan(0); // two seeds that differ: a band with a width
        // drawn in the strategy's colour: its place in the study's plan
        assertThat(plot.getRenderer().getSeriesPaint(s)).isEqualTo(ChartTheme.LIGHT.task(planOrder.indexOf(strategy)));
      }
      assertThat(chart.getTitle().getText()).isEqualTo("Task '" + task + "': validation loss over seeds");
    }

    // the training loss of every step, kept as at most 400 block means a run
    onFx(() -> {
      fx.robot.lookup("#studyCurvesWhat").<javafx.scene.control.ComboBox<CurveKind>>query().setValue(CurveKind.TRAINING_LOSS);
      return true;
    });
    JFreeChart training = onFx(() -> fx.robot.lookup("#studyCurvesChart-y1").<ChartViewer>query().getChart());
    assertThat(training.getTitle().getText()).isEqualTo("Task 'y1': training loss over seeds");
    XYDataset d = training.getXYPlot().getDataset();
    assertThat(d.getItemCount(0)).isBetween(2, RunCurves.MAX_POINTS);
  }

  /** The validation loss of {@code task} by step, read from a metrics.csv by its header. */
  private static TreeMap<Long, Double> validationLoss(Path metricsCsv, String task) throws IOException {
    List<String> lines = Files.readAllLines(metricsCsv);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int step = header.indexOf(RunFiles.STEP);
    int taskCol = header.indexOf(RunFiles.TASK);
    int split = header.indexOf(RunFiles.SPLIT);
    int loss = header.indexOf(RunFiles.LOSS);
    TreeMap<Long, Double> out = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[taskCol].equals(task) && cells[split].equals(RunFiles.VALIDATION)) {
        out.put(Long.parseLong(cells[step]), Double.parseDouble(cells[loss]));
      }
    }
    return out;
  }

  private static int itemAt(YIntervalSeriesCollection bands, int series, long step) {
    for (int i = 0; i < bands.getItemCount(series); i++) {
      if (bands.getXValue(series, i) == step) {
        return i;
      }
    }
    throw new AssertionError("no point at step " + step + " in " + bands.getSeriesKey(series));
  }

  /** The legend names of a task's curves chart, or none while it has no chart (FX thread). */
  private List<String> legend(String task) {
    return fx.robot.lookup("#studyCurvesChart-" + task).tryQuery().map(n -> {
      XYDataset d = ((ChartViewer) n).getChart().getXYPlot().getDataset();
      List<String> names = new ArrayList<>();
      for (int s = 0; s < d.getSeriesCount(); s++) {
        names.add(d.getSeriesKey(s).toString());
      }
      return names;
    }).orElse(List.of());
  }

  /** Points drawn for task series {@code series} of the watch window's loss chart (its main curves; FX thread). */
  private static int drawn(RunWatchWindow w, int series) {
    XYDataset main = ((ChartViewer) w.stage().getScene().lookup("#lossPanelChart")).getChart().getXYPlot().getDataset(1);
    return main.getSeriesCount() > series ? main.getItemCount(series) : 0;
  }

  /** The last step drawn on the watch window's loss chart for the first task (FX thread). */
  private static double lastStep(RunWatchWindow w) {
    XYDataset main = ((ChartViewer) w.stage().getScene().lookup("#lossPanelChart")).getChart().getXYPlot().getDataset(1);
    int n = main.getSeriesCount() > 0 ? main.getItemCount(0) : 0;
    return n == 0 ? -1 : main.getXValue(0, n - 1);
  }

  /** The last step the run has recorded so far. */
  private static long lastStep(RunWatch.Run r) {
    int n = r.log().size();
    return n == 0 ? -1 : r.log().step(n - 1);
  }

  private String progressLine() {
    return fx.robot.lookup("#studyProgress").queryAs(Label.class).getText();
  }

  private static String dashboardLine(RunWatchWindow w) {
    return ((Label) w.stage().getScene().lookup("#dashboardRun")).getText();
  }
}
