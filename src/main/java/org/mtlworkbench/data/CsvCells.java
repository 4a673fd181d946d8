package org.mtlworkbench.data;

/**
 * How one CSV cell is read as a number or as missing; shared by features, targets and the
 * window's import (which must judge a column the way the loader will read it).
 */
public final class CsvCells {
  private CsvCells() {}

  /** Empty (after trimming) or {@code NaN} in any case: no value. */
  public static boolean isMissing(String cell) {
    String t = cell.strip();
    return t.isEmpty() || t.equalsIgnoreCase("nan");
  }

  /**
   * The cell as a double, or NaN when it is not a number (call {@link #isMissing} first: a
   * {@code NaN} cell is missing, not a number). Infinite values parse; the caller rejects them
   * with a message that says so. A cheap first-character check keeps exceptions out of the
   * common case of text labels. Infinity may be written {@code inf} as well (as pandas and NumPy
   * write it), so that it is refused as infinite rather than taken for a text label.
   */
  public static double parseNumber(String cell) {
    String t = cell.strip();
    if (t.isEmpty()) {
      return Double.NaN;
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity") || lower.equals("+infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (lower.equals("-inf") || lower.equals("-infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    char c = t.charAt(0);
    boolean plausible = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'I';
    char last = t.charAt(t.length() - 1);
    // Double.parseDouble also takes Java's "1f" / "1d" suffixes and hex floats: not numbers here.
    if (!plausible || last == 'f' || last == 'F' || last == 'd' || last == 'D' || t.contains("x")
        || t.contains("X")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A short form of the cell for error messages. */
  static String quote(String cell) {
    String t = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
    return "'" + t + "'";
  }
}
