package org.mtlworkbench.store;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.diagnostics.TaskGrouping;

/**
 * The task affinity of a run in {@code run.json} (or of a study, over its runs): the mean
 * lookahead affinities (Fifty et al. 2021) and the best groupings found from them.
 *
 * @param every measured every this many steps
 * @param measurements how many measurements the means are over
 * @param tasks task names; rows and columns of {@code matrix}
 * @param matrix {@code matrix[i][j]} = mean Z_{i→j}: how much a step on task i alone lowered
 *     task j's loss (relative); null where never defined
 * @param groupings the best split into 2 and into 3 groups (when there are enough tasks)
 */
public record AffinityReport(int every, int measurements, List<String> tasks, List<List<Double>> matrix, List<Grouping> groupings) {

  /**
   * @param groups task names per group
   * @param score the grouping's score (see {@link org.mtlworkbench.diagnostics.TaskGrouping})
   */
  public record Grouping(List<List<String>> groups, double score) {}

  /**
   * The report of a mean affinity matrix, with the best partitions into 2 and 3 groups
   * ({@link TaskGrouping}) when there are measurements and at most {@link TaskGrouping#MAX_TASKS}
   * tasks. The one place where a run's and a study's groupings are made.
   *
   * @param mean {@code [i][j]} = mean Z_{i→j}, NaN where never defined
   */
  public static AffinityReport of(int every, int measurements, List<String> tasks, double[][] mean) {
    List<List<Double>> rows = new ArrayList<>();
    for (double[] row : mean) {
      List<Double> r = new ArrayList<>();
      for (double v : row) {
        r.add(Double.isFinite(v) ? v : null);
      }
      rows.add(r);
    }
    List<Grouping> groupings = new ArrayList<>();
    if (measurements > 0 && tasks.size() <= TaskGrouping.MAX_TASKS) {
      for (int g = 2; g <= Math.min(3, tasks.size() - 1); g++) {
        TaskGrouping.Grouping best = TaskGrouping.best(mean, g);
        groupings.add(new Grouping(best.groups().stream().map(members -> members.stream().map(tasks::get).toList()).toList(),
            best.score()));
      }
    }
    return new AffinityReport(every, measurements, List.copyOf(tasks), rows, groupings);
  }

  /** The matrix as numbers, NaN where undefined. */
  public double[][] values() {
    double[][] m = new double[matrix.size()][];
    for (int i = 0; i < m.length; i++) {
      List<Double> row = matrix.get(i);
      m[i] = new double[row.size()];
      for (int j = 0; j < m[i].length; j++) {
        Double v = row.get(j);
        m[i][j] = v == null ? Double.NaN : v;
      }
    }
    return m;
  }
}
