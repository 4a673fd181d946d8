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
}
