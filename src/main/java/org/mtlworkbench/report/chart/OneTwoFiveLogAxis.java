package org.mtlworkbench.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.mtlworkbench.common.text.Numbers;

/**
 * A logarithmic axis labelled where a reader can read it: at 1, 2 and 5 times a power of ten
 * (0.5, 1, 2, 5, 10), at powers of ten alone when the range spans more decades than there is
 * room for, and only over a range too narrow to hold two such values at evenly spaced 1-2-5
 * steps. JFreeChart's own {@link LogAxis} places ticks evenly in log space, which reads 0.398,
 * 0.631, 1.58.
 */
public final class OneTwoFiveLogAxis extends LogAxis {
  private static final long serialVersionUID = 1L;
  /** The least room, in pixels, between two labelled ticks. */
  static final double MIN_GAP = 22;
  private static final double[] ONE_TWO_FIVE = {1, 2, 5};

  public OneTwoFiveLogAxis() {
    super(null);
  }

  @Override
  protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    boolean left = edge == RectangleEdge.LEFT;
    return ticks(dataArea.getHeight(), left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
  }

  @Override
  protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    boolean bottom = edge == RectangleEdge.BOTTOM;
    return ticks(dataArea.getWidth(), bottom ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
  }

  private List<NumberTick> ticks(double length, TextAnchor anchor) {
    double lo = Math.max(getRange().getLowerBound(), getSmallestValue());
    double hi = getRange().getUpperBound();
    double[] values = values(lo, hi, Math.max(2, (int) (length / MIN_GAP)));
    double spacing = values.length > 1 && values[1] - values[0] < values[0] ? values[1] - values[0] : Double.NaN;
    List<NumberTick> ticks = new ArrayList<>(values.length);
    for (double v : values) {
      String label = Double.isNaN(spacing) ? Numbers.tick(v) : Numbers.tick(v, spacing);
      ticks.add(new NumberTick(TickType.MAJOR, v, label, anchor, anchor, 0));
    }
    return ticks;
  }

  /**
   * The tick values in [lo, hi], at most {@code most} of them: 1-2-5 in each decade if they fit,
   * else powers of ten (every one, every second, …); where fewer than two fall in the range,
   * evenly spaced values 1, 2 or 5 times a power of ten apart.
   */
  static double[] values(double lo, double hi, int most) {
    if (!(hi > lo) || !(lo > 0) || Double.isInfinite(hi)) {
      return new double[0];
    }
    int first = (int) Math.floor(Math.log10(lo));
    int last = (int) Math.ceil(Math.log10(hi));
    List<Double> out = new ArrayList<>();
    for (int d = first; d <= last; d++) {
      for (double m : ONE_TWO_FIVE) {
        add(out, decimal(m, d), lo, hi);
      }
    }
    if (out.size() <= most && out.size() >= 2) {
      return unbox(out);
    }
    if (out.size() > most) {
      for (int every = 1; ; every++) {
        out.clear();
        for (int d = first; d <= last; d++) {
          if (Math.floorMod(d, every) == 0) {
            add(out, decimal(1, d), lo, hi);
          }
        }
        if (out.size() <= most) {
          return unbox(out);
        }
      }
    }
    return evenlySpaced(lo, hi, Math.min(most, 5));
  }

  /** Values {@code n}·s in [lo, hi] for the smallest 1-2-5 step s that gives at most {@code most}. */
  private static double[] evenlySpaced(double lo, double hi, int most) {
    double raw = (hi - lo) / Math.max(1, most);
    int p = (int) Math.floor(Math.log10(raw));
    for (int d = p; d <= p + 1; d++) {
      for (double m : ONE_TWO_FIVE) {
        double step = decimal(m, d);
        if (step < raw) {
          continue;
        }
        List<Double> out = new ArrayList<>();
        for (long n = (long) Math.ceil(lo / step); n * step <= hi; n++) {
          out.add(n * step);
        }
        return unbox(out);
      }
    }
    return new double[] {lo, hi};
  }

  /** m·10^d as the decimal it names (Math.pow(10, −1) · 2 is 0.2 only approximately). */
  private static double decimal(double m, int d) {
    return new java.math.BigDecimal(m).scaleByPowerOfTen(d).doubleValue();
  }

  private static void add(List<Double> out, double v, double lo, double hi) {
    if (v >= lo && v <= hi) {
      out.add(v);
    }
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
