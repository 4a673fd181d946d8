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
    int[] laggedCols = RunFiles.LAGGED_COLUMNS.stream().mapToInt(t::column).toArray();
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
      double[][] perTaskLagged = new double[laggedCols.length][];
      for (int c = 0; c < laggedCols.length; c++) {
        perTaskLagged[c] = nan(k);
      }
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
        for (int c = 0; c < laggedCols.length; c++) {
          perTaskLagged[c][task] = get(t, laggedCols[c], row);
        }
      }
      GradientSnapshot g = null;
      if (measured) {
        double[][][] both = cosines(step, pairs, cursor, k);
        for (int task = 0; task < k; task++) {
          both[1][task][task] = perTaskLagged[0][task];
        }
        g = new GradientSnapshot(norms, layerNorms, both[0], both[1], perTaskLagged[1]);
      }
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

  /**
   * At {@code step}, for every pair: [0] cos(g_i, g_j) (1 on the diagonal) and [1] the lagged
   * cosine ℓ_ij (diagonal left NaN for the caller); NaN where not stored.
   */
  private static double[][][] cosines(long step, ConflictTable.Pair[][] pairs, int[][] cursor, int k) {
    double[][] c = new double[k][k];
    double[][] lagged = new double[k][k];
    for (int i = 0; i < k; i++) {
      c[i][i] = 1;
      lagged[i][i] = Double.NaN;
      for (int j = i + 1; j < k; j++) {
        ConflictTable.Pair p = pairs[i][j];
        double v = Double.NaN;
        double l = Double.NaN;
        if (p != null) {
          while (cursor[i][j] < p.size && p.steps[cursor[i][j]] < step) {
            cursor[i][j]++;
          }
          if (cursor[i][j] < p.size && p.steps[cursor[i][j]] == step) {
            v = p.cosines[cursor[i][j]];
            l = p.lagged[cursor[i][j]];
          }
        }
        c[i][j] = v;
        c[j][i] = v;
        lagged[i][j] = l;
        lagged[j][i] = l;
      }
    }
    return new double[][][] {c, lagged};
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
