package org.mtlworkbench.experiment;

/** How numbers are written in run files: shortest float form, empty for "not computed". */
final class CsvNumbers {
  private CsvNumbers() {}

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    float f = (float) v;
    if (f == Math.rint(f) && Math.abs(f) < 1e7) {
      return Long.toString((long) f);
    }
    return Float.toString(f);
  }
}
