package org.mtlworkbench.store;

/** How numbers are written in run files: shortest float form, empty for "not computed". */
public final class CsvNumbers {
  private CsvNumbers() {}

  public static String format(double v) {
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
