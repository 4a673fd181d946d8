package org.mtlworkbench.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.mtlworkbench.common.text.Numbers;

/** Axis tick labels as {@link Numbers#tick} writes them, for JFreeChart's axes. */
public final class CompactNumberFormat extends NumberFormat {
  /** A value axis labelled {@code label} (null: none) that fits its data without forcing 0 in, ticks in this format. */
  public static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    axis.setNumberFormatOverride(new CompactNumberFormat());
    return axis;
  }

  private static final long serialVersionUID = 1L;

  @Override
  public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
    return to.append(Numbers.tick(v));
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
