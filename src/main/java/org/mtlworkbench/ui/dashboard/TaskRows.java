package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.RelativeDelta;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.nn.metrics.Metric;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.TaskEvaluation;
import org.mtlworkbench.ui.run.BaselineCurve;

/**
 * What the task table shows, as text: per task its validation metric after the last epoch and,
 * once its single-task baseline is known, the baseline's metric, Δ_k (Maninis et al. 2019,
 * positive = the multi-task model is better) and which way that points.
 */
final class TaskRows {
  static final String NONE = Numbers.MISSING;

  /** One row, already as text. */
  record Row(String task, String metric, String validation, String loss, String baseline, String delta, String verdict) {}

  private TaskRows() {}

  static List<Row> rows(ExperimentSpec spec, List<EpochRecord> evaluations, List<BaselineCurve> baselines) {
    EpochRecord last = null;
    for (EpochRecord e : evaluations) {
      if (e.split().equals("validation")) {
        last = e;
      }
    }
    List<Row> rows = new ArrayList<>();
    if (spec == null || last == null) {
      return rows;
    }
    for (int t = 0; t < spec.tasks().size() && t < last.tasks().size(); t++) {
      TaskSpec task = spec.tasks().get(t);
      TaskEvaluation eval = last.tasks().get(t);
      String metric = metricOf(task, eval.metrics());
      Double value = eval.metrics().get(metric);
      BaselineCurve b = find(baselines, task.name());
      if (b == null || !b.finished() || value == null) {
        rows.add(new Row(task.name(), metric, format(value), format(eval.loss()), NONE, NONE, NONE));
        continue;
      }
      Double stl = b.validation().get(metric);
      double delta = stl == null ? Double.NaN : RelativeDelta.of(value, stl, Metric.higherIsBetter(metric));
      rows.add(new Row(task.name(), metric, format(value), format(eval.loss()), format(stl), percent(delta), verdict(delta)));
    }
    return rows;
  }

  private static BaselineCurve find(List<BaselineCurve> baselines, String task) {
    for (BaselineCurve b : baselines) {
      if (b.task().equals(task)) {
        return b;
      }
    }
    return null;
  }

  /** Δ_k in percent, signed: positive = the multi-task model is better. */
  static String percent(double delta) {
    return Double.isNaN(delta) ? NONE : Numbers.signedPercent(delta);
  }

  /**
   * One run against one baseline cannot separate a difference from seed noise (that needs
   * {@code train --baselines --seeds N}, Welch's test): the verdict says which way it points and
   * that it rests on one seed.
   */
  static String verdict(double delta) {
    if (Double.isNaN(delta)) {
      return NONE;
    }
    if (delta == 0) {
      return "same (1 seed)";
    }
    return (delta > 0 ? "MTL better" : "MTL worse") + " (1 seed)";
  }

  /** The task's metric: as the experiment names it, else its type's default (as the engine chooses). */
  static String metricOf(TaskSpec task, Map<String, Double> metrics) {
    if (task.metric() != null) {
      return task.metric();
    }
    return metrics.containsKey("mse") ? "mse" : "accuracy";
  }

  static String format(Double v) {
    if (v == null || v.isNaN()) {
      return NONE;
    }
    return Numbers.number(v);
  }
}
