package org.mtlworkbench.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.diagnostics.GradientSnapshot;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.MetricsLog;
import org.mtlworkbench.train.StepRecord;
import org.mtlworkbench.train.TaskEvaluation;

/**
 * Turns stored rows back into the records the trainer published: one {@link StepRecord} per
 * training step (the train rows of that step, one per task, and the cosines conflicts.csv holds
 * for it) and one {@link EpochRecord} per evaluation (consecutive validation or test rows of one
 * step). Values the file does not hold come back as NaN, as in a live log with diagnostics off;
 * the number of labelled rows of an evaluation is not stored and comes back as 0.
 */
final class MetricsReplay {
  private MetricsReplay() {}

  static MetricsLog replay(MetricsTable t, ConflictTable conflicts, List<String> tasks, List<String> layers) {
    MetricsLog log = new MetricsLog(tasks, layers);
    int k = tasks.size();
    int train = t.splits.indexOf(RunFiles.TRAIN);
    int loss = t.column(RunFiles.LOSS);
    int weight = t.column(RunFiles.WEIGHT);
    int ratio = t.column(RunFiles.LOSS_RATIO);
    int rate = t.column(RunFiles.LEARNING_RATE);
    int grad = t.column(RunFiles.GRAD_NORM);
    int[] layerCols = layers.stream().mapToInt(l -> t.column(RunFiles.layerColumn(l))).toArray();
    ConflictTable.Pair[][] pairs = new ConflictTable.Pair[k][k];
    int[][] cursor = new int[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        pairs[i][j] = conflicts.pair(tasks.get(i), tasks.get(j));
      }
    }
    int row = 0;
    while (row < t.size) {
      if (t.split[row] != train) {
        row = evaluation(t, row, tasks, log);
        continue;
      }
      long step = t.steps[row];
      int epoch = t.epochs[row];
      double lr = Double.NaN;
      double[] losses = nan(k);
      double[] weights = nan(k);
      double[] ratios = nan(k);
      double[] norms = nan(k);
      double[][] layerNorms = new double[k][];
      boolean measured = false;
      for (int task = 0; task < k; task++) {
        layerNorms[task] = nan(layerCols.length);
      }
      for (; row < t.size && t.split[row] == train && t.steps[row] == step; row++) {
        int task = t.task[row];
        lr = Double.isNaN(lr) ? get(t, rate, row) : lr;
        losses[task] = get(t, loss, row);
        weights[task] = get(t, weight, row);
        ratios[task] = get(t, ratio, row);
        norms[task] = get(t, grad, row);
        measured |= !Double.isNaN(norms[task]);
        for (int l = 0; l < layerCols.length; l++) {
          layerNorms[task][l] = get(t, layerCols[l], row);
        }
      }
      GradientSnapshot g = measured ? new GradientSnapshot(norms, layerNorms, cosines(step, pairs, cursor, k)) : null;
      log.onStep(new StepRecord(step, epoch, lr, losses, weights, ratios, g, Double.NaN));
    }
    return log;
  }

  /** Publishes the evaluation starting at {@code row}; returns the row after it. */
  private static int evaluation(MetricsTable t, int row, List<String> tasks, MetricsLog log) {
    long step = t.steps[row];
    int split = t.split[row];
    int epoch = t.epochs[row];
    TaskEvaluation[] byTask = new TaskEvaluation[tasks.size()];
    int loss = t.column(RunFiles.LOSS);
    for (; row < t.size && t.split[row] == split && t.steps[row] == step; row++) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      for (String m : RunFiles.METRICS_WITH_COLUMNS) {
        double v = get(t, t.column(RunFiles.metricColumn(m)), row);
        if (!Double.isNaN(v)) {
          metrics.put(m, v);
        }
      }
      byTask[t.task[row]] = new TaskEvaluation(get(t, loss, row), metrics, 0);
    }
    List<TaskEvaluation> evaluations = new ArrayList<>();
    for (TaskEvaluation e : byTask) {
      evaluations.add(e != null ? e : new TaskEvaluation(Double.NaN, Map.of(), 0));
    }
    log.onEpoch(new EpochRecord(step, epoch, t.splits.get(split), evaluations));
    return row;
  }

  /** cos(g_i, g_j) at {@code step} for every pair, NaN where not stored; 1 on the diagonal. */
  private static double[][] cosines(long step, ConflictTable.Pair[][] pairs, int[][] cursor, int k) {
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      c[i][i] = 1;
      for (int j = i + 1; j < k; j++) {
        ConflictTable.Pair p = pairs[i][j];
        double v = Double.NaN;
        if (p != null) {
          while (cursor[i][j] < p.size && p.steps[cursor[i][j]] < step) {
            cursor[i][j]++;
          }
          if (cursor[i][j] < p.size && p.steps[cursor[i][j]] == step) {
            v = p.cosines[cursor[i][j]];
          }
        }
        c[i][j] = v;
        c[j][i] = v;
      }
    }
    return c;
  }

  private static double get(MetricsTable t, int column, int row) {
    return column < 0 ? Double.NaN : t.values[column][row];
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
