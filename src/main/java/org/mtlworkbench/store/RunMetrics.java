package org.mtlworkbench.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mtlworkbench.train.MetricsLog;

/**
 * A run's metrics.csv and conflicts.csv at full resolution (never downsampled): per task and
 * split every column by step, and the gradient cosine of every task pair by step. Values are held
 * at float precision, which is what the writer writes.
 */
public final class RunMetrics {
  private final MetricsTable table;
  private final ConflictTable conflicts;

  RunMetrics(MetricsTable table, ConflictTable conflicts) {
    this.table = table;
    this.conflicts = conflicts;
  }

  /**
   * Reads the metrics files of {@code runDir} (they may be missing, empty or still growing).
   *
   * @throws org.mtlworkbench.common.InputException naming file and line when a line other than
   *     the last is malformed
   */
  public static RunMetrics read(Path runDir) {
    return read(runDir, List.of());
  }

  /**
   * As {@link #read(Path)}, with the run's tasks known from run.json: they keep that order and
   * are there even before the first row was written.
   */
  static RunMetrics read(Path runDir, List<String> knownTasks) {
    return new RunMetrics(
        MetricsTable.read(runDir.resolve(RunFiles.METRICS), knownTasks), ConflictTable.read(runDir.resolve(RunFiles.CONFLICTS)));
  }

  /** Task names in model order (the order the writer writes them). */
  public List<String> tasks() {
    return List.copyOf(table.tasks);
  }

  /** The value columns after {@code step,epoch,task,split}: loss, weight, grad_norm, ... */
  public List<String> columns() {
    return table.columns;
  }

  /** Names of the shared layers with a gradient-norm column, in file order. */
  public List<String> layers() {
    return table.columns.stream().map(RunFiles::layerOf).filter(Objects::nonNull).toList();
  }

  /**
   * The values of {@code column} on the rows of one task and split, by step; rows where the
   * column is empty are skipped. Empty when the task, split or column is absent.
   *
   * @param split train, validation or test
   */
  public Series series(String task, String split, String column) {
    int t = table.tasks.indexOf(task);
    int s = table.splits.indexOf(split);
    int c = table.column(column);
    if (t < 0 || s < 0 || c < 0) {
      return Series.EMPTY;
    }
    long[] steps = new long[64];
    double[] values = new double[64];
    int n = 0;
    float[] col = table.values[c];
    for (int i = 0; i < table.size; i++) {
      if (table.task[i] == t && table.split[i] == s && !Float.isNaN(col[i])) {
        if (n == steps.length) {
          steps = Arrays.copyOf(steps, n * 2);
          values = Arrays.copyOf(values, n * 2);
        }
        steps[n] = table.steps[i];
        values[n] = widen(col[i]);
        n++;
      }
    }
    return new Series(Arrays.copyOf(steps, n), Arrays.copyOf(values, n));
  }

  /** The gradient cosine of two tasks by step (either order); empty when never measured. */
  public Series conflict(String taskA, String taskB) {
    ConflictTable.Pair p = conflicts.pair(taskA, taskB);
    if (p == null) {
      return Series.EMPTY;
    }
    double[] values = new double[p.size];
    for (int i = 0; i < p.size; i++) {
      values[i] = widen(p.cosines[i]);
    }
    return new Series(Arrays.copyOf(p.steps, p.size), values);
  }

  /**
   * A {@link MetricsLog} filled with the stored steps and evaluations, so that anything that
   * follows a live run (the dashboard) can show a recorded one.
   */
  public MetricsLog replay() {
    return MetricsReplay.replay(table, conflicts, tasks(), layers());
  }

  /**
   * The double the file's text meant: values are kept as floats (the writer writes floats), and
   * widening 0.1f directly would give 0.10000000149; its shortest decimal form gives 0.1 back.
   */
  static double widen(float f) {
    return Float.isFinite(f) && f != (long) f ? Double.parseDouble(Float.toString(f)) : f;
  }

  /** Rows read from metrics.csv (all tasks and splits). */
  int rows() {
    return table.size;
  }
}
