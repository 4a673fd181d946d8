package org.mtlworkbench.report.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.report.series.Decimated;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunMetrics;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.store.StoredRun;

/**
 * The charts of one stored run, each ready for a report or a file (title, axis labels, legend):
 * per-task losses with the single-task baselines beside them, per-task gradient magnitudes on
 * the shared parameters, task weights, and the gradient-conflict matrix. They are the window's
 * chart classes ({@link TaskCurvesChart}, {@link ConflictMatrixChart}) filled from the stored
 * files at full resolution and drawn decimated ({@link Decimated}).
 */
public final class RunCharts {
  /** Pixel columns curves are decimated to: about the width of a report chart, twice over. */
  public static final int COLUMNS = 800;

  private RunCharts() {}

  /**
   * Training loss per task (solid), validation loss per epoch (points), and, when the run was
   * compared with single-task baselines, each task's baseline training loss dotted in its colour.
   */
  public static JFreeChart loss(StoredRun run, ChartTheme theme) {
    RunMetrics m = run.metrics();
    List<String> tasks = m.tasks();
    TaskCurvesChart c = curves(tasks, theme);
    long last = 0;
    for (int k = 0; k < tasks.size(); k++) {
      Series train = m.series(tasks.get(k), RunFiles.TRAIN, RunFiles.LOSS);
      c.main().set(k, Decimated.of(train.steps(), train.values(), COLUMNS));
      Series validation = m.series(tasks.get(k), RunFiles.VALIDATION, RunFiles.LOSS);
      c.epochs().set(k, Decimated.of(validation.steps(), validation.values(), COLUMNS));
      last = Math.max(last, lastStep(train, validation));
    }
    List<Series> baselines = baselineLosses(run.manifest(), tasks);
    for (int k = 0; k < tasks.size(); k++) {
      Series b = baselines.get(k);
      c.baselines().set(k, Decimated.of(b.steps(), b.values(), COLUMNS));
      last = Math.max(last, lastStep(b, b));
    }
    c.setLogScale(positive(c));
    c.showSteps(Math.max(1, last));
    changed(c);
    return ExportLook.apply(c.chart(), theme, "Loss per task", "step", "loss" + (c.isLogScale() ? " (log scale)" : ""), true);
  }

  /** Norm of each task's gradient on the shared parameters, by step (log scale). */
  public static JFreeChart gradientNorms(StoredRun run, ChartTheme theme) {
    TaskCurvesChart c = trainCurves(run, RunFiles.GRAD_NORM, theme);
    c.setLogScale(positive(c));
    changed(c);
    return ExportLook.apply(c.chart(), theme, "Gradient magnitude per task on the shared parameters", "step",
        "‖g_k‖" + (c.isLogScale() ? " (log scale)" : ""), true);
  }

  /** The weight the balancing strategy gave each task's loss, by step. */
  public static JFreeChart taskWeights(StoredRun run, ChartTheme theme) {
    TaskCurvesChart c = trainCurves(run, RunFiles.WEIGHT, theme);
    c.setIncludeZero(true);
    changed(c);
    return ExportLook.apply(c.chart(), theme, "Task weights", "step", "weight", true);
  }

  /**
   * The gradient-conflict matrix of the run's recent window ({@link GradientSummary}, the same
   * numbers the window's matrix shows), with a colour scale.
   */
  public static JFreeChart conflictMatrix(GradientSummary summary, ChartTheme theme) {
    ConflictMatrixChart matrix = new ConflictMatrixChart(theme);
    matrix.setTasks(summary.tasks());
    matrix.update(summary);
    return matrix.exportCopy(ConflictMatrixChart.title());
  }

  /**
   * Tells the plot its data changed (the chart's datasets are filled silently, as the window does
   * once per frame), so the value axis ranges over all of it.
   */
  public static void changed(TaskCurvesChart c) {
    c.main().changed();
    c.faint().changed();
    c.epochs().changed();
    if (c.plot().getDataset(3) instanceof ArrayXYDataset extra) {
      extra.changed();
    }
  }

  private static TaskCurvesChart trainCurves(StoredRun run, String column, ChartTheme theme) {
    RunMetrics m = run.metrics();
    List<String> tasks = m.tasks();
    TaskCurvesChart c = curves(tasks, theme);
    long last = 0;
    for (int k = 0; k < tasks.size(); k++) {
      Series s = m.series(tasks.get(k), RunFiles.TRAIN, column);
      c.main().set(k, Decimated.of(s.steps(), s.values(), COLUMNS));
      last = Math.max(last, lastStep(s, s));
    }
    c.showSteps(Math.max(1, last));
    return c;
  }

  private static TaskCurvesChart curves(List<String> tasks, ChartTheme theme) {
    TaskCurvesChart c = new TaskCurvesChart(theme);
    int[] colours = new int[tasks.size()];
    for (int k = 0; k < colours.length; k++) {
      colours[k] = k;
    }
    c.setTasks(tasks, colours);
    return c;
  }

  /**
   * Each task's single-task baseline training loss (same seed as the run where there is one),
   * empty for tasks without a baseline or whose baseline folder is gone.
   */
  static List<Series> baselineLosses(RunManifest manifest, List<String> tasks) {
    List<Series> out = new ArrayList<>();
    for (String task : tasks) {
      Series found = new Series(new long[0], new double[0]);
      if (manifest.transfer() != null && manifest.transfer().baselines() != null) {
        BaselineRef best = null;
        for (BaselineRef ref : manifest.transfer().baselines()) {
          if (ref.task().equals(task) && (best == null || ref.seed() == manifest.seed())) {
            best = ref;
          }
        }
        if (best != null && best.dir() != null && Files.isRegularFile(Path.of(best.dir()).resolve(RunFiles.METRICS))) {
          found = RunMetrics.read(Path.of(best.dir())).series(task, RunFiles.TRAIN, RunFiles.LOSS);
        }
      }
      out.add(found);
    }
    return out;
  }

  private static long lastStep(Series a, Series b) {
    long last = 0;
    if (a.size() > 0) {
      last = a.steps()[a.size() - 1];
    }
    if (b.size() > 0) {
      last = Math.max(last, b.steps()[b.size() - 1]);
    }
    return last;
  }

  /** Whether every drawn value is above 0 (a log axis can show it). */
  private static boolean positive(TaskCurvesChart c) {
    XYPlot p = c.plot();
    boolean any = false;
    for (int d = 0; d < p.getDatasetCount(); d++) {
      var data = p.getDataset(d);
      if (data == null) {
        continue;
      }
      for (int s = 0; s < data.getSeriesCount(); s++) {
        for (int i = 0; i < data.getItemCount(s); i++) {
          double y = data.getYValue(s, i);
          if (!(y > 0) && !Double.isNaN(y)) {
            return false;
          }
          any = true;
        }
      }
    }
    return any;
  }
}
