package org.mtlworkbench.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Short decimal text for floats: rounded to a number of significant digits, trailing zeros
 * dropped, plain notation between 1e-4 and 1e7, scientific ("1.5E-7") outside. With 6 digits a
 * value of N(0, 1) takes about 8 characters instead of Float.toString's 10 or 11.
 */
final class CompactNumbers {
  private CompactNumbers() {}

  static String format(float value, int significantDigits) {
    if (Float.isNaN(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(value)
        .round(new MathContext(significantDigits, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
    double abs = Math.abs(value);
    return abs >= 1e-4 && abs < 1e7 ? b.toPlainString() : b.toString();
  }
}
