package org.mtlworkbench.report.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours a cosine in [−1, 1] on a diverging scale: the conflict colour at −1 (the tasks'
 * gradients point apart), the neutral colour at 0 (orthogonal), the agreement colour at +1,
 * linear in RGB between them. Values outside are clamped; NaN (not measured) is the neutral colour.
 */
public final class CosinePaintScale implements PaintScale {
  private final Color conflict;
  private final Color neutral;
  private final Color agreement;

  public CosinePaintScale(ChartTheme theme) {
    this.conflict = theme.conflict();
    this.neutral = theme.neutral();
    this.agreement = theme.agreement();
  }

  @Override
  public double getLowerBound() {
    return -1;
  }

  @Override
  public double getUpperBound() {
    return 1;
  }

  @Override
  public Paint getPaint(double cosine) {
    if (Double.isNaN(cosine)) {
      return neutral;
    }
    double c = Math.max(-1, Math.min(1, cosine));
    return c < 0 ? mix(neutral, conflict, -c) : mix(neutral, agreement, c);
  }

  /** {@code a} moved a fraction {@code t} of the way to {@code b}. */
  static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
