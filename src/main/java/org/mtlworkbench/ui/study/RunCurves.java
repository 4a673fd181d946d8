package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.report.series.BlockMeans;
import org.mtlworkbench.store.RunMetrics;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.study.TaskMetric;

/**
 * What the study's Curves tab keeps of one finished run: per task each {@link CurveKind}, read from
 * its metrics.csv through the run store's reader ({@link RunMetrics}) and reduced to at most {@value
 * #MAX_POINTS} block means ({@link BlockMeans}). A finished run is kept this small rather than step
 * by step, so that the window's memory does not grow with the length of a study's runs.
 *
 * @param byTask per task name, its curves indexed by {@link CurveKind#ordinal()}
 */
record RunCurves(Map<String, Series[]> byTask) {
  /** Points kept per curve: about what a chart of the window's width shows. */
  static final int MAX_POINTS = 400;
  private static final Series NONE = new Series(new long[0], new double[0]);

  /**
   * Reads the run in {@code runDir} (off the window's thread).
   *
   * @throws org.mtlworkbench.common.InputException naming the file and line when metrics.csv is
   *     malformed
   */
  static RunCurves read(Path runDir, List<TaskMetric> tasks) {
    RunMetrics metrics = RunMetrics.read(runDir);
    Map<String, Series[]> byTask = new HashMap<>();
    for (TaskMetric t : tasks) {
      Series[] curves = new Series[CurveKind.values().length];
      for (CurveKind kind : CurveKind.values()) {
        curves[kind.ordinal()] = BlockMeans.of(metrics.series(t.task(), kind.split(), kind.column(t)), MAX_POINTS);
      }
      byTask.put(t.task(), curves);
    }
    return new RunCurves(Map.copyOf(byTask));
  }

  /** The task's curve of that kind; empty when the run has none. */
  Series curve(String task, CurveKind kind) {
    Series[] curves = byTask.get(task);
    return curves == null ? NONE : curves[kind.ordinal()];
  }
}
