package org.mtlworkbench.data;

import java.util.List;

/** Small hand-made datasets for tests. */
final class TestData {
  private TestData() {}

  /**
   * {@code n} rows, two features: feature 0 is the row index, feature 1 is 10·index. Target "y"
   * (regression) equals the row index; target "c" (binary) is labelled on even rows only, with
   * class (index/2) mod 2.
   */
  static Dataset indexed(int n) {
    float[] x = new float[n * 2];
    float[] y = new float[n];
    float[] c = new float[n];
    for (int i = 0; i < n; i++) {
      x[2 * i] = i;
      x[2 * i + 1] = 10 * i;
      y[i] = i;
      c[i] = i % 2 == 0 ? (i / 2) % 2 : Float.NaN;
    }
    return new Dataset("indexed", List.of("i", "ten"), x, n, List.of(
        new TargetColumn("y", TaskType.REGRESSION, y, List.of()),
        new TargetColumn("c", TaskType.BINARY, c, List.of("no", "yes"))));
  }

  /** The row indices held by a dataset made from {@link #indexed}, in its row order. */
  static int[] rowIds(Dataset d) {
    int[] ids = new int[d.rows()];
    for (int r = 0; r < d.rows(); r++) {
      ids[r] = (int) d.feature(r, 0);
    }
    return ids;
  }
}
