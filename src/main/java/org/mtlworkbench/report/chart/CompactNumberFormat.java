package org.mtlworkbench.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;

/**
 * Axis tick labels a reader takes in at a glance: three significant digits, plain decimals
 * between 0.001 and 100,000 ("0.25", "1,500", "3,160" for a log axis' 3162.28), powers of ten
 * written as such beyond ("1e-5", "2.5e6").
 */
public final class CompactNumberFormat extends NumberFormat {
  /** A value axis labelled {@code label} (null: none) that fits its data without forcing 0 in, ticks in this format. */
  public static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    axis.setNumberFormatOverride(new CompactNumberFormat());
    return axis;
  }

  private static final long serialVersionUID = 1L;
  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  @Override
  public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
    double a = Math.abs(v);
    if (v == 0 || (a >= 1e-3 && a < 1e5)) {
      double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
      return to.append(new DecimalFormat("#,##0.####", SYMBOLS).format(rounded));
    }
    return to.append(new DecimalFormat("0.##E0", SYMBOLS).format(v).replace("E", "e"));
  }

  @Override
  public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
    return format((double) v, to, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("tick labels are not parsed");
  }
}
