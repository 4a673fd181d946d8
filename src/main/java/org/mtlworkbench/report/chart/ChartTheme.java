package org.mtlworkbench.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The colours of a chart, the same whether it is drawn in the window or into a file.
 *
 * @param background outside the plot area
 * @param plot the plot area
 * @param grid grid lines
 * @param text titles, axis labels and tick labels
 * @param tasks one colour per task colour index (the window's task colours)
 * @param conflict cosine −1 (tasks pull apart)
 * @param neutral cosine 0
 * @param agreement cosine +1 (tasks pull together)
 */
public record ChartTheme(
    Color background, Color plot, Color grid, Color text, List<Color> tasks, Color conflict, Color neutral, Color agreement) {

  public ChartTheme {
    tasks = List.copyOf(tasks);
  }

  public static final ChartTheme LIGHT = new ChartTheme(
      new Color(0xffffff), new Color(0xffffff), new Color(0xe3e8ef), new Color(0x3d4652),
      List.of(new Color(0xe8a33d), new Color(0x3fb68b), new Color(0xe06fa8), new Color(0x5b8def),
          new Color(0x8a63d2), new Color(0xd9534f), new Color(0x2bb3c0), new Color(0x8c9a2b)),
      new Color(0xd7301f), new Color(0xf2f2f2), new Color(0x2c7bb6));

  public static final ChartTheme DARK = new ChartTheme(
      new Color(0x25282d), new Color(0x25282d), new Color(0x363b43), new Color(0xc9d0d8),
      List.of(new Color(0xf0b055), new Color(0x4cc79b), new Color(0xec86b8), new Color(0x6fa0ff),
          new Color(0xa685ea), new Color(0xff7b72), new Color(0x45c8d4), new Color(0xb5c44a)),
      new Color(0xef6548), new Color(0x3a3f47), new Color(0x4fa3e0));

  /** The colour of task colour index {@code i}. */
  public Color task(int i) {
    return tasks.get(Math.floorMod(i, tasks.size()));
  }

  /** Gives {@code plot} this theme's plot area and grid colours, without an outline; returns it. */
  public XYPlot style(XYPlot plot) {
    plot.setBackgroundPaint(plot());
    plot.setDomainGridlinePaint(grid());
    plot.setRangeGridlinePaint(grid());
    plot.setOutlineVisible(false);
    return plot;
  }

  /**
   * A chart around {@code plot} on this theme's background, without title or legend: the view
   * or report page around it says what it shows ({@link ExportLook} adds them for export).
   */
  public JFreeChart chart(XYPlot plot) {
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(background());
    return chart;
  }

  /** {@code c} with alpha {@code alpha} in [0, 1] (the faint raw curve behind a smoothed one). */
  public static Color faint(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
  }
}
