package org.mtlworkbench.report.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The non-dominated runs of a two-task trade-off: run p dominates run q when p is at least as
 * good as q on both tasks and strictly better on one; the Pareto front is the set of runs no other
 * run dominates (Deb, "Multi-Objective Optimization Using Evolutionary Algorithms", 2001, §2.4).
 * "Better" is per axis: lower for losses and errors, higher for accuracy, R², F1.
 *
 * <p>Quadratic in the number of runs, which is a handful in a comparison.
 */
public final class ParetoFront {
  private ParetoFront() {}

  /** One run's final metric on task A (x) and task B (y). */
  public record Point(String label, double a, double b) {}

  /**
   * The points no other point dominates, ordered from best on A to worst on A. Points with a NaN
   * coordinate take no part. Two points with equal coordinates do not dominate each other.
   */
  public static List<Point> front(List<Point> points, boolean aHigherIsBetter, boolean bHigherIsBetter) {
    double sa = aHigherIsBetter ? -1 : 1;
    double sb = bHigherIsBetter ? -1 : 1;
    List<Point> front = new ArrayList<>();
    for (Point p : points) {
      if (Double.isNaN(p.a()) || Double.isNaN(p.b())) {
        continue;
      }
      boolean dominated = false;
      for (Point q : points) {
        if (Double.isNaN(q.a()) || Double.isNaN(q.b())) {
          continue;
        }
        double qa = sa * q.a();
        double qb = sb * q.b();
        double pa = sa * p.a();
        double pb = sb * p.b();
        if (qa <= pa && qb <= pb && (qa < pa || qb < pb)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        front.add(p);
      }
    }
    front.sort(Comparator.comparingDouble((Point p) -> sa * p.a()).thenComparingDouble(p -> sb * p.b()));
    return front;
  }

  /**
   * The staircase through the front that bounds the region it dominates: from each front point
   * along A to the next point's A, then along B to that point (x, y pairs, {@code 2n − 1} of them).
   */
  public static double[][] staircase(List<Point> front) {
    int n = front.size();
    if (n == 0) {
      return new double[2][0];
    }
    double[][] xy = new double[2][2 * n - 1];
    for (int i = 0; i < n; i++) {
      xy[0][2 * i] = front.get(i).a();
      xy[1][2 * i] = front.get(i).b();
      if (i + 1 < n) {
        xy[0][2 * i + 1] = front.get(i + 1).a();
        xy[1][2 * i + 1] = front.get(i).b();
      }
    }
    return xy;
  }
}
