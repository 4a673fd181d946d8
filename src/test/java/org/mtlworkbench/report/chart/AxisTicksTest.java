package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.series.ParetoFront;

/** Tick labels a reader can use: a log axis at 1, 2 and 5 times a power of ten; no label twice. */
class AxisTicksTest {
  /** The tick labels {@code axis} shows along {@code edge} of a plot area of that size, after drawing {@code chart}. */
  private static List<String> labels(JFreeChart chart, ValueAxis axis, RectangleEdge edge, double w, double h) {
    BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
      Rectangle2D area = new Rectangle2D.Double(60, 10, w - 80, h - 50);
      List<?> ticks = axis.refreshTicks(g, new AxisState(), area, edge);
      return ticks.stream().map(AxisTicksTest::text).filter(s -> s != null && !s.isEmpty()).toList();
    } finally {
      g.dispose();
    }
  }

  /** A tick's label, plain or (as JFreeChart's own log axis writes it) attributed. */
  private static String text(Object tick) {
    if (tick instanceof org.jfree.chart.axis.LogTick log && log.getAttributedLabel() != null) {
      java.text.AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
      StringBuilder b = new StringBuilder();
      for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
        b.append(c);
      }
      return b.toString();
    }
    return ((ValueTick) tick).getText();
  }

  /** The first significant digit of a tick label such as "0.05", "20" or "1e5". */
  private static char leadingDigit(String label) {
    for (char c : label.toCharArray()) {
      if (c >= '1' && c <= '9') {
        return c;
      }
    }
    throw new AssertionError("no significant digit in " + label);
  }

  @Test
  void aLogLossAxisFrom0point3To40IsLabelledOnlyAt125TimesAPowerOfTen() {
    TaskCurvesChart curves = new TaskCurvesChart(ChartTheme.LIGHT);
    curves.setLogScale(true);
    ValueAxis y = curves.plot().getRangeAxis();
    y.setRange(0.3, 40);
    List<String> shown = labels(curves.chart(), y, RectangleEdge.LEFT, 400, 300);
    assertThat(shown).isNotEmpty();
    assertThat(shown).allSatisfy(s -> assertThat(leadingDigit(s)).as(s).isIn('1', '2', '5'));
    // 1-2-5 in each decade: 0.5 1 2 5 10 20 in the range (worked out by hand)
    assertThat(shown).containsExactly("0.5", "1", "2", "5", "10", "20");
  }

  @Test
  void aLogAxisOverManyDecadesKeepsToPowersOfTen() {
    TaskCurvesChart curves = new TaskCurvesChart(ChartTheme.LIGHT);
    curves.setLogScale(true);
    ValueAxis y = curves.plot().getRangeAxis();
    y.setRange(1e-6, 1e3);
    List<String> shown = labels(curves.chart(), y, RectangleEdge.LEFT, 400, 300);
    assertThat(shown).hasSizeGreaterThanOrEqualTo(3);
    assertThat(shown).allSatisfy(s -> assertThat(leadingDigit(s)).as(s).isEqualTo('1'));
  }

  @Test
  void paretoTicksOverANarrowRangeAreAllDifferent() {
    List<ParetoFront.Point> runs = List.of(
        new ParetoFront.Point("a", 0.02061, 0.5312),
        new ParetoFront.Point("b", 0.02068, 0.5309),
        new ParetoFront.Point("c", 0.02079, 0.5301));
    JFreeChart chart = ParetoChart.create(runs, "y1", false, "y2", false, ChartTheme.LIGHT);
    ValueAxis x = chart.getXYPlot().getDomainAxis();
    ValueAxis y = chart.getXYPlot().getRangeAxis();
    List<String> xs = labels(chart, x, RectangleEdge.BOTTOM, 600, 400);
    List<String> ys = labels(chart, y, RectangleEdge.LEFT, 600, 400);
    assertThat(xs).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    assertThat(ys).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    // each label is the tick's value to the digit the spacing needs
    List<?> ticks = x.refreshTicks(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics(), new AxisState(),
        new Rectangle2D.Double(60, 10, 520, 350), RectangleEdge.BOTTOM);
    for (Object t : ticks) {
      ValueTick v = (ValueTick) t;
      if (!v.getText().isEmpty()) {
        assertThat(Double.parseDouble(v.getText().replace('−', '-').replace(",", ""))).isCloseTo(v.getValue(),
            org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }
}
