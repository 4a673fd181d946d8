package org.mtlworkbench.data;

import java.util.List;

/**
 * Reads feature cells as floats and deals with missing ones (empty or {@code NaN}).
 *
 * <p>With {@link Imputation#NONE} a missing cell is an error naming it. With {@link
 * Imputation#MEAN} it is stored as NaN during the pass, the column's sum and count of present
 * values are kept in double precision, and {@link #fill} replaces the NaNs by the column mean
 * afterwards, so imputation needs no second copy of the matrix.
 */
final class FeatureImputer {
  private final String file;
  private final List<String> names;
  private final Imputation mode;
  private final double[] sum;
  private final long[] present;
  private long missing;

  FeatureImputer(String file, List<String> names, Imputation mode) {
    this.file = file;
    this.names = names;
    this.mode = mode;
    this.sum = new double[names.size()];
    this.present = new long[names.size()];
  }

  float read(String cell, int feature, long line) {
    if (CsvCells.isMissing(cell)) {
      if (mode == Imputation.NONE) {
        throw CsvCellError.at(file, line, names.get(feature),
            "the value is missing (" + (cell.isBlank() ? "empty" : CsvCells.quote(cell))
                + "); set impute to \"mean\" to fill missing values with the column mean");
      }
      missing++;
      return Float.NaN;
    }
    double parsed = CsvCells.parseNumber(cell);
    if (Double.isNaN(parsed)) {
      throw CsvCellError.at(
          file, line, names.get(feature), CsvCells.quote(cell) + " is not a number");
    }
    float v = (float) parsed;
    if (Float.isInfinite(v)) {
      throw CsvCellError.at(file, line, names.get(feature),
          CsvCells.quote(cell) + " is not a finite number");
    }
    sum[feature] += v;
    present[feature]++;
    return v;
  }

  /** Replaces NaN cells of the {@code rows × d} matrix {@code x} by their column means. */
  void fill(float[] x, int rows) {
    if (missing == 0) {
      return;
    }
    int d = sum.length;
    float[] mean = new float[d];
    for (int j = 0; j < d; j++) {
      if (present[j] == 0) {
        throw CsvCellError.atColumn(
            file, names.get(j), "every value is missing: no mean to impute");
      }
      mean[j] = (float) (sum[j] / present[j]);
    }
    for (int r = 0; r < rows; r++) {
      int base = r * d;
      for (int j = 0; j < d; j++) {
        if (Float.isNaN(x[base + j])) {
          x[base + j] = mean[j];
        }
      }
    }
  }
}
