package org.mtlworkbench.report.chart;

import java.io.Serializable;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.mtlworkbench.common.text.Numbers;

/**
 * Tick spacings of 1, 2 and 5 times a power of ten, each labelling its ticks with the decimals
 * the spacing needs ({@link Numbers#tick(double, double)}): over a narrow range (0.0206 to
 * 0.0208) one format for every spacing rounds neighbouring ticks to the same text.
 */
final class SpacedTickUnits implements TickUnitSource, Serializable {
  private static final long serialVersionUID = 1L;
  private static final double[] LEADING = {1, 2, 5};

  @Override
  public TickUnit getLargerTickUnit(TickUnit unit) {
    return ceiling(unit.getSize() * 1.000001);
  }

  @Override
  public TickUnit getCeilingTickUnit(TickUnit unit) {
    return ceiling(unit.getSize());
  }

  @Override
  public TickUnit getCeilingTickUnit(double size) {
    return ceiling(size);
  }

  /** The smallest 1-2-5 spacing at least {@code size}. */
  private static TickUnit ceiling(double size) {
    if (!(size > 0) || Double.isInfinite(size)) {
      size = 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(size)));
    for (double f : LEADING) {
      double spacing = f * power;
      if (spacing >= size * 0.999999) {
        return unit(spacing);
      }
    }
    return unit(10 * power);
  }

  private static NumberTickUnit unit(double spacing) {
    return new NumberTickUnit(spacing, new Spaced(spacing));
  }

  /** Labels ticks {@code spacing} apart. */
  private static final class Spaced extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final double spacing;

    Spaced(double spacing) {
      this.spacing = spacing;
    }

    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
      return to.append(Numbers.tick(v, spacing));
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
}
