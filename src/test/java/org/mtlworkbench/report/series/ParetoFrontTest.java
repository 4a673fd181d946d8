package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.series.ParetoFront.Point;

class ParetoFrontTest {
  // Task A: a loss (lower is better); task B: an accuracy (higher is better).
  private static final List<Point> RUNS = List.of(
      new Point("r1", 0.10, 0.80),
      new Point("r2", 0.20, 0.90),
      new Point("r3", 0.15, 0.85),
      new Point("r4", 0.25, 0.88), // r2 is lower on A and higher on B
      new Point("r5", 0.12, 0.70), // r1 is lower on A and higher on B
      new Point("r6", 0.10, 0.75), // r1: same A, higher B
      new Point("r7", 0.30, 0.90), // r2: lower A, same B
      new Point("nan", Double.NaN, 0.99));

  @Test
  void frontOfAHandWorkedSetOrderedFromBestOnA() {
    // r1, r3, r2 trade A against B: none is at least as good on both and better on one.
    assertThat(ParetoFront.front(RUNS, false, true)).extracting(Point::label).containsExactly("r1", "r3", "r2");
  }

  @Test
  void directionOfBetterDecidesTheFront() {
    // Both higher-is-better: r7 (0.30, 0.90) is best on A and ties best on B; nothing beats it.
    assertThat(ParetoFront.front(RUNS, true, true)).extracting(Point::label).containsExactly("r7");
    // Both lower-is-better: r5 (0.12, 0.70) and r6 (0.10, 0.75) trade; r1 (0.10, 0.80) loses to r6.
    assertThat(ParetoFront.front(RUNS, false, false)).extracting(Point::label).containsExactly("r6", "r5");
  }

  @Test
  void equalPointsDoNotDominateEachOther() {
    List<Point> twins = List.of(new Point("a", 1, 1), new Point("b", 1, 1), new Point("c", 2, 2));
    assertThat(ParetoFront.front(twins, false, false)).extracting(Point::label).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void staircaseGoesAlongAThenAlongB() {
    double[][] xy = ParetoFront.staircase(ParetoFront.front(RUNS, false, true));
    assertThat(xy[0]).containsExactly(0.10, 0.15, 0.15, 0.20, 0.20);
    assertThat(xy[1]).containsExactly(0.80, 0.80, 0.85, 0.85, 0.90);
  }
}
