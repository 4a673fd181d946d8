package org.mtlworkbench.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.mtlworkbench.common.text.Numbers;

/** Axis tick labels as {@link Numbers#tick} writes them, for JFreeChart's axes. */
public final class CompactNumberFormat extends NumberFormat {
  /**
   * A value axis labelled {@code label} (null: none) that fits its data without forcing 0 in,
   * ticks 1, 2 or 5 times a power of ten apart, each written with the digits its spacing needs
   * ({@link SpacedTickUnits}).
   */
  public static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    axis.setStandardTickUnits(new SpacedTickUnits());
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
