package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The averaged affinity matrix and the grouping search, on matrices whose answers are worked out by hand. */
class AffinityAggregationTest {
  private static final double N = Double.NaN;

  @Test
  void meanLeavesOutUndefinedEntries() {
    AffinityMatrix m = new AffinityMatrix(2);
    m.add(new double[][] {{0.1, 0.2}, {N, 0.4}});
    m.add(new double[][] {{0.3, -0.2}, {N, 0.0}});
    double[][] mean = m.mean();
    assertThat(mean[0][0]).isCloseTo(0.2, within(1e-12));
    assertThat(mean[0][1]).isCloseTo(0.0, within(1e-12));
    assertThat(mean[1][0]).isNaN();
    assertThat(mean[1][1]).isCloseTo(0.2, within(1e-12));
    assertThat(m.probes()).isEqualTo(2);
  }

  @Test
  void scoreCreditsEachTaskWithTheMeanAffinityOntoItFromItsGroup() {
    // z[i][j] = Z_{i→j}
    double[][] z = {
      {0.5, 0.3, 0.1},
      {0.2, 0.5, -0.4},
      {0.0, 0.6, 0.5},
    };
    // {0,1,2} together: onto 0: (0.2 + 0.0)/2 = 0.1; onto 1: (0.3 + 0.6)/2 = 0.45; onto 2: (0.1 − 0.4)/2 = −0.15 → 0.4
    assertThat(TaskGrouping.score(z, new int[] {0, 0, 0})).isCloseTo(0.4, within(1e-12));
    // {0,1} {2}: onto 0: 0.2, onto 1: 0.3, onto 2: 0 (alone) → 0.5
    assertThat(TaskGrouping.score(z, new int[] {0, 0, 1})).isCloseTo(0.5, within(1e-12));
    // {0,2} {1}: 0.0 + 0.1 = 0.1; {0} {1,2}: onto 1: 0.6, onto 2: −0.4 → 0.2
    assertThat(TaskGrouping.score(z, new int[] {0, 1, 0})).isCloseTo(0.1, within(1e-12));
    assertThat(TaskGrouping.score(z, new int[] {0, 1, 1})).isCloseTo(0.2, within(1e-12));
    TaskGrouping.Grouping two = TaskGrouping.best(z, 2);
    assertThat(two.groups()).containsExactly(List.of(0, 1), List.of(2));
    assertThat(two.score()).isCloseTo(0.5, within(1e-12));
    TaskGrouping.Grouping three = TaskGrouping.best(z, 3);
    assertThat(three.groups()).containsExactly(List.of(0), List.of(1), List.of(2));
    assertThat(three.score()).isZero();
  }

  @Test
  void findsTwoClustersAmongSixTasks() {
    // tasks {0,2,4} help each other (+1), {1,3,5} help each other (+1), across the clusters −1
    int k = 6;
    double[][] z = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        z[i][j] = i % 2 == j % 2 ? 1 : -1;
      }
    }
    TaskGrouping.Grouping two = TaskGrouping.best(z, 2);
    assertThat(two.groups()).containsExactly(List.of(0, 2, 4), List.of(1, 3, 5));
    // every task is credited +1 by its group: 6
    assertThat(two.score()).isCloseTo(6.0, within(1e-12));
    // into 3 groups the best keeps pairs of like tasks: e.g. {0,2,4} {1,3} {5}: 3·1 + 2·1 + 0 = 5
    TaskGrouping.Grouping three = TaskGrouping.best(z, 3);
    assertThat(three.score()).isCloseTo(5.0, within(1e-12));
    for (List<Integer> g : three.groups()) {
      assertThat(g.stream().map(t -> t % 2).distinct()).hasSize(1);
    }
  }

  @Test
  void agreesWithABruteForceOverAllLabelVectors() {
    // a second search: every vector in {0..G−1}^K that uses all G labels (each partition appears
    // G! times), scored by the score checked by hand above
    java.util.Random r = new java.util.Random(11);
    int k = 7;
    double[][] z = new double[k][k];
    for (double[] row : z) {
      for (int j = 0; j < k; j++) {
        row[j] = r.nextGaussian();
      }
    }
    for (int groups = 2; groups <= 3; groups++) {
      double best = Double.NEGATIVE_INFINITY;
      int total = (int) Math.pow(groups, k);
      for (int code = 0; code < total; code++) {
        int[] label = new int[k];
        int c = code;
        boolean[] used = new boolean[groups];
        for (int t = 0; t < k; t++) {
          label[t] = c % groups;
          used[label[t]] = true;
          c /= groups;
        }
        boolean all = true;
        for (boolean u : used) {
          all &= u;
        }
        if (all) {
          best = Math.max(best, TaskGrouping.score(z, label));
        }
      }
      TaskGrouping.Grouping g = TaskGrouping.best(z, groups);
      assertThat(g.score()).isCloseTo(best, within(1e-12));
      assertThat(g.groups()).hasSize(groups);
      assertThat(g.groups().stream().flatMap(List::stream).sorted().toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
  }
}
