package org.mtlworkbench.ui.runs;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.mtlworkbench.report.ComparisonCharts;
import org.mtlworkbench.report.FinalMetrics;
import org.mtlworkbench.report.SpecDiff;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;

/**
 * What the compare view shows for a few stored runs: per task their curves overlaid, the same as
 * mean ± std over seeds, the Pareto chart of two tasks' final metrics, and the settings in which
 * their experiments differ. The charts are the report's ({@link ComparisonCharts}), so the window
 * and the exported report draw alike; no JavaFX here.
 */
public final class CompareViewModel {
  /** Training columns a comparison can overlay, in the order offered. */
  static final List<String> COLUMNS = List.of(RunFiles.LOSS, RunFiles.GRAD_NORM, RunFiles.WEIGHT);

  private final List<StoredRun> runs;

  public CompareViewModel(List<StoredRun> runs) {
    this.runs = List.copyOf(runs);
  }

  /** Reads the runs in full (file work: call it off the UI thread). */
  public static CompareViewModel read(List<Path> dirs) {
    return new CompareViewModel(dirs.stream().map(RunReader::read).toList());
  }

  public List<StoredRun> runs() {
    return runs;
  }

  /** The runs' folders, in order (what the report is made of). */
  public List<Path> dirs() {
    return runs.stream().map(StoredRun::dir).toList();
  }

  /** Every task of any run, in the order first met. */
  public List<String> tasks() {
    Set<String> t = new LinkedHashSet<>();
    for (StoredRun r : runs) {
      t.addAll(r.metrics().tasks());
    }
    return List.copyOf(t);
  }

  /** The training columns that some run recorded for some task. */
  public List<String> columns() {
    List<String> tasks = tasks();
    return COLUMNS.stream().filter(c -> runs.stream()
        .anyMatch(r -> tasks.stream().anyMatch(t -> r.metrics().series(t, RunFiles.TRAIN, c).size() > 0))).toList();
  }

  /** The legend name of each run: what sets it apart from the others. */
  public List<String> labels() {
    return ComparisonCharts.labels(runs);
  }

  /** One task's {@code column}, every run a colour, named in the legend. */
  public JFreeChart overlay(String task, String column, ChartTheme theme) {
    JFreeChart chart = ComparisonCharts.overlay(runs, task, column, theme);
    // The builder fills its datasets without a change event; fit the value axis to what they hold.
    chart.getXYPlot().configureRangeAxes();
    return chart;
  }

  /** One task's {@code column}, runs differing only by seed as mean ± std. */
  public JFreeChart seedBands(String task, String column, ChartTheme theme) {
    return ComparisonCharts.seedBands(runs, task, column, theme);
  }

  /** Every final metric some run has for some task (loss, mse, r2, ...). */
  public List<String> finalMetrics() {
    Set<String> m = new LinkedHashSet<>();
    for (StoredRun r : runs) {
      String split = FinalMetrics.split(r.manifest());
      if (split != null) {
        for (Map<String, Double> values : r.manifest().finalMetrics().get(split).values()) {
          m.addAll(values.keySet());
        }
      }
    }
    return List.copyOf(m);
  }

  /**
   * The metric the first run's experiment chose for {@code task}, when the runs recorded it; else
   * the first recorded metric that is not a loss; else "loss".
   */
  public String taskMetric(String task) {
    List<String> recorded = finalMetrics();
    String chosen = runs.isEmpty() ? RunFiles.LOSS : FinalMetrics.taskMetric(runs.get(0).manifest(), task);
    if (recorded.contains(chosen) && !chosen.equals(RunFiles.LOSS)) {
      return chosen;
    }
    return recorded.stream().filter(m -> !m.equals(RunFiles.LOSS)).findFirst().orElse(RunFiles.LOSS);
  }

  public JFreeChart pareto(String taskA, String metricA, String taskB, String metricB, ChartTheme theme) {
    return ComparisonCharts.pareto(runs, taskA, metricA, taskB, metricB, theme);
  }

  /** The settings in which the runs' experiments differ (seed included), one value per run. */
  public List<SpecDiff.Row> differences() {
    if (runs.stream().anyMatch(r -> r.manifest().experiment() == null)) {
      return List.of();
    }
    return ComparisonCharts.specDifferences(runs);
  }
}
