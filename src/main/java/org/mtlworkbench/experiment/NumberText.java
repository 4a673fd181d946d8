package org.mtlworkbench.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers for people in summaries and on the terminal: a few significant digits, no exponent for ordinary sizes. */
public final class NumberText {
  private NumberText() {}

  /** {@code digits} significant digits: 3616.4 → "3616" (4), 452.3 → "450" (2), 0.03726 → "0.037" (2). */
  public static String sig(double v, int digits) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a < 1e-4 || a >= 1e9) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(digits));
    return d.scale() > 0 ? d.toPlainString() : d.setScale(0).toPlainString();
  }

  /** "0.4321 ± 0.012" (4 and 2 significant digits), the mean alone without a std, {@code missing} without a mean. */
  public static String meanStd(Double mean, Double std, String missing) {
    if (mean == null) {
      return missing;
    }
    return std == null ? sig(mean, 4) : sig(mean, 4) + " ± " + sig(std, 2);
  }

  /** A relative value in percent, signed: "+13.6% ± 2.1%"; {@code missing} without a mean. */
  public static String percent(Double mean, Double std, String missing) {
    if (mean == null) {
      return missing;
    }
    String m = String.format(java.util.Locale.ROOT, "%+.1f%%", 100 * mean);
    return std == null ? m : m + " ± " + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * std);
  }
}
