package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {

  /**
   * The same decimation written the slow, obvious way: put every visible point into its pixel
   * column (a map from column to the list of its indices), take the first index of the smallest
   * and of the largest value in each, and add the nearest non-NaN neighbour outside the range on
   * each side.
   */
  private static List<double[]> bruteForce(float[] y, int n, double lo, double hi, int columns) {
    TreeMap<Integer, List<Integer>> byColumn = new TreeMap<>();
    TreeSet<Integer> kept = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      if (Float.isNaN(y[i])) {
        continue;
      }
      if (i < lo) {
        kept.removeIf(k -> k < lo);
        kept.add(i); // ends as the last one before the range
      } else if (i > hi) {
        if (kept.stream().noneMatch(k -> k > hi)) {
          kept.add(i);
        }
      } else {
        // The column of x is floor((x − lo) · s) with s = columns / (hi − lo), as documented.
        double s = hi > lo ? columns / (hi - lo) : 0;
        int c = (int) Math.floor((i - lo) * s);
        byColumn.computeIfAbsent(Math.min(columns - 1, c), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> members : byColumn.values()) {
      int min = members.get(0);
      int max = members.get(0);
      for (int i : members) {
        if (y[i] < y[min]) {
          min = i;
        }
        if (y[i] > y[max]) {
          max = i;
        }
      }
      kept.add(min);
      kept.add(max);
    }
    List<double[]> out = new ArrayList<>();
    for (int i : kept) {
      out.add(new double[] {i, y[i]});
    }
    return out;
  }

  private static List<double[]> fast(float[] y, int n, double lo, double hi, int columns) {
    return fast(y, n, null, lo, hi, columns);
  }

  private static List<double[]> fast(float[] y, int n, MinMaxIndex index, double lo, double hi, int columns) {
    Points p = new Points();
    MinMaxDecimator.decimate(y, n, index, lo, hi, columns, p);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      out.add(new double[] {p.x(i), p.y(i)});
    }
    return out;
  }

  @Test
  void agreesWithTheBruteForceVersionOnRandomSeriesRangesAndWidths() {
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(5000);
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        y[i] = random.nextInt(20) == 0 ? Float.NaN : (float) (random.nextGaussian() * (random.nextInt(50) == 0 ? 100 : 1));
        if (random.nextInt(7) == 0 && i > 0) {
          y[i] = y[i - 1]; // ties: the first occurrence wins in both versions
        }
      }
      double lo = random.nextBoolean() ? 0 : random.nextDouble() * n * 0.7;
      double hi = random.nextBoolean() ? n - 1 : lo + random.nextDouble() * (n - lo);
      int columns = 1 + random.nextInt(700);

      List<double[]> expected = bruteForce(y, n, lo, hi, columns);
      assertThat(fast(y, n, lo, hi, columns))
          .as("trial %d: n=%d range [%.2f, %.2f] columns=%d", trial, n, lo, hi, columns)
          .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
          .containsExactlyElementsOf(expected);
      // The same with block summaries, built in two growing steps as a live series is.
      MinMaxIndex index = new MinMaxIndex();
      index.update(y, n / 3);
      index.update(y, n);
      assertThat(fast(y, n, index, lo, hi, columns))
          .as("indexed, trial %d", trial)
          .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aOneStepSpikeInAMillionStepsSurvivesOnAThousandColumns() {
    int n = 1_000_000;
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      y[i] = 1f / (1 + i * 1e-4f);
    }
    y[612_345] = 50f;

    MinMaxIndex index = new MinMaxIndex();
    index.update(y, n);
    Points p = new Points();
    MinMaxDecimator.decimate(y, n, index, 0, n - 1, 1000, p);

    assertThat(p.size()).isLessThanOrEqualTo(2 * 1000);
    boolean spike = false;
    for (int i = 0; i < p.size(); i++) {
      spike |= p.x(i) == 612_345 && p.y(i) == 50f;
    }
    assertThat(spike).isTrue();
    assertThat(p.x(0)).isZero();
    assertThat(p.x(p.size() - 1)).isEqualTo(n - 1);
  }

  @Test
  void longRunsOfNanAndOfEqualValuesGiveTheSamePointsWithTheIndex() {
    Random random = new Random(3);
    float[] y = new float[20_000];
    for (int i = 0; i < y.length; i++) {
      y[i] = (i / 1000) % 3 == 0 ? Float.NaN : (i / 1000) % 3 == 1 ? 2f : (float) random.nextGaussian();
    }
    MinMaxIndex index = new MinMaxIndex();
    index.update(y, y.length);
    for (int columns : new int[] {7, 50, 333}) {
      assertThat(fast(y, y.length, index, 0, y.length - 1, columns))
          .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
          .containsExactlyElementsOf(bruteForce(y, y.length, 0, y.length - 1, columns));
    }
  }

  @Test
  void aZoomedViewKeepsOneNeighbourOnEachSideAndFewPointsPerColumn() {
    float[] y = {5, 1, Float.NaN, 3, 4, 2, 8, 0, Float.NaN, 6};
    // Visible x in [2.5, 6.5] on 2 columns: column 0 holds 3, 4 (x < 4.5), column 1 holds 5, 6.
    List<double[]> points = fast(y, y.length, 2.5, 6.5, 2);

    assertThat(points).extracting(p -> p[0]).containsExactly(1.0, 3.0, 4.0, 5.0, 6.0, 7.0);
  }

  @Test
  void nothingToDrawGivesNoPoints() {
    Points p = new Points();
    MinMaxDecimator.decimate(new float[] {Float.NaN, Float.NaN}, 2, 0, 1, 10, p);
    assertThat(p.size()).isZero();
    MinMaxDecimator.decimate(new float[0], 0, 0, 1, 10, p);
    assertThat(p.size()).isZero();
  }

  @Test
  void aViewPastTheLastStepDrawsTheLastPointAsItsLeftNeighbour() {
    // a zoom beyond the run's end (the step axis runs ahead of the run), in an array with spare room
    float[] y = {4, 3, 2, 1, 0, 0, 0, 0};
    List<double[]> points = fast(y, 4, 6.5, 9.5, 3);
    assertThat(points).extracting(p -> p[0]).containsExactly(3.0);
    assertThat(fast(new float[1024], 110, 7027, 8100, 100)).extracting(p -> p[0]).containsExactly(109.0);
  }
}
