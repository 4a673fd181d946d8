package org.mtlworkbench.store;

import java.util.List;

/**
 * The task affinity of a run in {@code run.json}: the mean lookahead affinities (Fifty et al.
 * 2021) and the best groupings found from them.
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
}
