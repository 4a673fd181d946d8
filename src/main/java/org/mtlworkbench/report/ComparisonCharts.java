package org.mtlworkbench.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.series.DebiasedEma;
import org.mtlworkbench.report.series.Decimated;
import org.mtlworkbench.report.chart.ExportLook;
import org.mtlworkbench.report.series.MetricDirection;
import org.mtlworkbench.report.chart.ParetoChart;
import org.mtlworkbench.report.series.ParetoFront;
import org.mtlworkbench.report.chart.RunCharts;
import org.mtlworkbench.report.series.SeedBand;
import org.mtlworkbench.report.chart.SeedBandChart;
import org.mtlworkbench.report.chart.TaskCurvesChart;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.store.StoredRun;

/**
 * The charts that compare several stored runs, shared by the HTML/PDF comparison report and the
 * window's compare view (plain {@link JFreeChart}s, no javafx): one task's curves of every run
 * overlaid, runs that differ only by seed as mean ± std bands, and the Pareto chart of two tasks'
 * final metrics. Every chart has a title, axis labels and a legend naming the runs
 * ({@link RunLabels}).
 */
public final class ComparisonCharts {
  private ComparisonCharts() {}

  /** Legend names of the runs (see {@link RunLabels}). */
  public static List<String> labels(List<StoredRun> runs) {
    return RunLabels.of(runs.stream().map(r -> r.manifest().experiment()).toList(), folders(runs), true);
  }

  /**
   * Weight of the debiased EMA the overlaid training curves are smoothed with (the dashboard's
   * default): noisy losses of several runs are unreadable raw, so each run's raw curve is drawn
   * faint behind its smoothed one, as on the dashboard.
   */
  public static final double SMOOTHING = 0.6;

  /**
   * One task's {@code column} over steps, every run a colour: the training curve smoothed
   * ({@link #SMOOTHING}, debiased EMA over the full-resolution values; task weights are drawn as
   * they are) with the raw one faint behind it and, for the loss, the validation points. The
   * legend names each run once.
   *
   * @param column a metrics.csv column: loss, weight, grad_norm, ...
   */
  public static JFreeChart overlay(List<StoredRun> runs, String task, String column, ChartTheme theme) {
    List<String> labels = labels(runs);
    TaskCurvesChart c = new TaskCurvesChart(theme);
    int[] colours = new int[runs.size()];
    for (int i = 0; i < colours.length; i++) {
      colours[i] = i;
    }
    c.setTasks(labels, colours);
    long last = 1;
    boolean positive = true;
    for (int i = 0; i < runs.size(); i++) {
      Series train = runs.get(i).metrics().series(task, RunFiles.TRAIN, column);
      if (column.equals(RunFiles.WEIGHT)) {
        c.main().set(i, Decimated.of(train.steps(), train.values(), RunCharts.COLUMNS));
      } else {
        c.main().set(i, Decimated.of(train.steps(), smoothed(train.values()), RunCharts.COLUMNS));
        c.faint().set(i, Decimated.of(train.steps(), train.values(), RunCharts.COLUMNS));
      }
      last = Math.max(last, lastStep(train));
      positive &= allPositive(train);
      if (column.equals(RunFiles.LOSS)) {
        Series validation = runs.get(i).metrics().series(task, RunFiles.VALIDATION, column);
        c.epochs().set(i, Decimated.of(validation.steps(), validation.values(), RunCharts.COLUMNS));
        last = Math.max(last, lastStep(validation));
        positive &= allPositive(validation);
      }
    }
    boolean log = positive && !column.equals(RunFiles.WEIGHT);
    c.setLogScale(log);
    c.showSteps(Math.max(1, last)); // a run without steps yet still has a step axis
    RunCharts.changed(c);
    String x = column.equals(RunFiles.WEIGHT) ? "step" : column.equals(RunFiles.LOSS)
        ? "step · training smoothed (raw faint) · validation ○ dashed" : "step · smoothed (raw faint)";
    JFreeChart chart = ExportLook.apply(c.chart(), theme, "Task '" + task + "': " + column + " by run", x,
        column + (log ? " (log scale)" : ""), true);
    for (int i = 0; i < runs.size(); i++) { // one legend entry per run: its main curve
      chart.getXYPlot().getRenderer(0).setSeriesVisibleInLegend(i, false, false); // validation
      chart.getXYPlot().getRenderer(2).setSeriesVisibleInLegend(i, false, false); // raw, faint
    }
    return chart;
  }

  private static double[] smoothed(double[] values) {
    DebiasedEma ema = new DebiasedEma(SMOOTHING);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ema.next(values[i]);
    }
    return out;
  }

  /**
   * One task's training {@code column}, runs that differ only by seed ({@link SeedGroups}) drawn
   * as their mean with a band of ± one sample standard deviation; a group of one run is its curve.
   */
  public static JFreeChart seedBands(List<StoredRun> runs, String task, String column, ChartTheme theme) {
    return seedBands(runs, task, RunFiles.TRAIN, column, theme);
  }

  /** As {@link #seedBands(List, String, String, ChartTheme)}, on the rows of {@code split} ("train", "validation"). */
  public static JFreeChart seedBands(List<StoredRun> runs, String task, String split, String column, ChartTheme theme) {
    List<List<Integer>> groups = SeedGroups.of(runs.stream().map(r -> r.manifest().experiment()).toList());
    List<StoredRun> firsts = groups.stream().map(g -> runs.get(g.get(0))).toList();
    List<String> names = RunLabels.of(firsts.stream().map(r -> r.manifest().experiment()).toList(), folders(firsts), false);
    List<SeedBandChart.Band> bands = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<long[]> steps = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (int i : groups.get(g)) {
        Series s = runs.get(i).metrics().series(task, split, column);
        steps.add(s.steps());
        values.add(s.values());
      }
      int n = groups.get(g).size();
      bands.add(new SeedBandChart.Band(SeedBandChart.name(names.get(g), n), SeedBand.of(steps, values), g, false));
    }
    JFreeChart chart = SeedBandChart.create(bands, RunCharts.COLUMNS, theme);
    String what = RunFiles.TRAIN.equals(split) ? column : split + " " + column;
    return ExportLook.apply(chart, theme, SeedBandChart.title(task, what), "step", what, true);
  }

  /**
   * One point per run: {@code taskA}'s final {@code metricA} (x) against {@code taskB}'s
   * {@code metricB} (y), from the test split when the run has one, else validation; the
   * non-dominated runs joined by the front. Better is lower for losses and errors, higher for
   * accuracy, R², F1 ({@link MetricDirection}).
   */
  public static JFreeChart pareto(List<StoredRun> runs, String taskA, String metricA, String taskB, String metricB,
      ChartTheme theme) {
    boolean aUp = MetricDirection.higherIsBetter(metricA);
    boolean bUp = MetricDirection.higherIsBetter(metricB);
    String x = axisLabel(taskA, metricA, aUp);
    String y = axisLabel(taskB, metricB, bUp);
    JFreeChart chart = ParetoChart.create(paretoPoints(runs, taskA, metricA, taskB, metricB), x, aUp, y, bUp, theme);
    return ExportLook.apply(chart, theme, "Trade-off: " + taskA + " against " + taskB, x, y, true);
  }

  /** The points of {@link #pareto}, labelled as in the legend. */
  public static List<ParetoFront.Point> paretoPoints(List<StoredRun> runs, String taskA, String metricA, String taskB,
      String metricB) {
    List<String> labels = labels(runs);
    List<ParetoFront.Point> points = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      var m = runs.get(i).manifest();
      points.add(new ParetoFront.Point(labels.get(i), FinalMetrics.value(m, taskA, metricA), FinalMetrics.value(m, taskB, metricB)));
    }
    return points;
  }

  /** The settings that differ between the runs' experiments (one value per run in each row). */
  public static List<SpecDiff.Row> specDifferences(List<StoredRun> runs) {
    return SpecDiff.of(runs.stream().map(r -> r.manifest().experiment()).toList());
  }

  private static String axisLabel(String task, String metric, boolean higherIsBetter) {
    return task + " " + metric + (higherIsBetter ? " (higher is better)" : " (lower is better)");
  }

  private static List<String> folders(List<StoredRun> runs) {
    return runs.stream().map(RunLabels::folder).toList();
  }

  private static long lastStep(Series s) {
    return s.size() == 0 ? 0 : s.steps()[s.size() - 1];
  }

  private static boolean allPositive(Series s) {
    for (double v : s.values()) {
      if (!(v > 0) && !Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }
}
