package org.mtlworkbench.report.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GrowingDecimationTest {
  private static void assertSame(Points expected, Points actual, String what) {
    assertThat(actual.size()).as(what + ": size").isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.x(i)).as(what + ": x of point " + i).isEqualTo(expected.x(i));
      assertThat(actual.y(i)).as(what + ": y of point " + i).isEqualTo(expected.y(i));
    }
  }

  @Test
  void aSeriesGrowingInUnevenStepsDecimatesAsTheWholeSeriesDoes() {
    Random random = new Random(5);
    for (int trial = 0; trial < 40; trial++) {
      int capacity = 2000 + random.nextInt(60_000);
      float[] y = new float[capacity];
      for (int i = 0; i < capacity; i++) {
        y[i] = random.nextInt(30) == 0 ? Float.NaN : (float) random.nextGaussian();
      }
      double high = capacity * (1 + random.nextDouble());
      int width = 50 + random.nextInt(600);
      GrowingDecimation growing = new GrowingDecimation();
      MinMaxIndex index = new MinMaxIndex();
      Points whole = new Points();
      int n = 0;
      while (n < capacity) {
        n = Math.min(capacity, n + 1 + random.nextInt(random.nextBoolean() ? 50 : 3000));
        index.update(y, n);
        Points got = growing.decimate(y, n, index, 0, high, width);
        MinMaxDecimator.decimate(y, n, index, 0, high, width, whole);
        assertSame(whole, got, "trial " + trial + ", n = " + n);
      }
    }
  }

  @Test
  void aNewRangeOrRewrittenValuesStartOver() {
    float[] y = new float[5000];
    for (int i = 0; i < y.length; i++) {
      y[i] = (float) Math.sin(i / 50.0);
    }
    MinMaxIndex index = new MinMaxIndex();
    index.update(y, 3000);
    GrowingDecimation growing = new GrowingDecimation();
    growing.decimate(y, 3000, index, 0, 5000, 200);

    Points whole = new Points();
    index.update(y, 4000);
    MinMaxDecimator.decimate(y, 4000, index, 0, 8000, 300, whole);
    assertSame(whole, growing.decimate(y, 4000, index, 0, 8000, 300), "new range and width");

    for (int i = 0; i < 4000; i++) {
      y[i] = -y[i];
    }
    index.reset();
    index.update(y, 4000);
    growing.invalidate();
    MinMaxDecimator.decimate(y, 4000, index, 0, 8000, 300, whole);
    assertSame(whole, growing.decimate(y, 4000, index, 0, 8000, 300), "rewritten values");
  }
}
