package org.mtlworkbench.report.chart;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.xy.XYDataset;

/**
 * Turns a chart as the window draws it (no title, no axis labels, no legend: the panel around it
 * says what it is) into one that stands alone on paper: a title, labelled axes and a legend that
 * lists only the series that have points.
 */
public final class ExportLook {
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

  private ExportLook() {}

  /**
   * A copy of a chart on screen to dress for export, leaving the one on screen as it is. The copy
   * has its own copy of the data (JFreeChart's clone shares a plot's datasets), so it can be
   * written on another thread while the window goes on redrawing the original.
   */
  public static JFreeChart copyOf(JFreeChart chart) {
    try {
      JFreeChart copy = (JFreeChart) chart.clone();
      if (copy.getPlot() instanceof XYPlot plot) {
        for (int d = 0; d < plot.getDatasetCount(); d++) {
          if (plot.getDataset(d) instanceof PublicCloneable data) {
            plot.setDataset(d, (XYDataset) data.clone()); // also stops the copy listening to the original
          }
        }
      }
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("JFreeChart charts and their datasets are cloneable", e);
    }
  }

  /**
   * Adds the title, the axis labels (null leaves an axis unlabelled) and, when {@code legend},
   * a legend below the plot. Returns the same chart.
   */
  public static JFreeChart apply(JFreeChart chart, ChartTheme theme, String title, String xLabel, String yLabel, boolean legend) {
    TextTitle t = new TextTitle(title, TITLE_FONT);
    t.setPaint(theme.text());
    chart.setTitle(t);
    if (chart.getPlot() instanceof XYPlot plot) {
      // the live view fixes the axis room for speed; labels need it measured
      plot.setFixedRangeAxisSpace(null);
      plot.setFixedDomainAxisSpace(null);
      label(plot.getDomainAxis(), xLabel, theme);
      label(plot.getRangeAxis(), yLabel, theme);
      hideEmptySeriesInLegend(plot);
      if (legend) {
        LegendTitle l = new LegendTitle(plot);
        l.setItemFont(LEGEND_FONT);
        l.setItemPaint(theme.text());
        l.setBackgroundPaint(theme.background());
        l.setFrame(BlockBorder.NONE);
        l.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(l);
      }
    }
    return chart;
  }

  private static void label(org.jfree.chart.axis.ValueAxis axis, String text, ChartTheme theme) {
    if (axis == null) {
      return;
    }
    axis.setLabel(text);
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(theme.text());
  }

  private static void hideEmptySeriesInLegend(XYPlot plot) {
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset data = plot.getDataset(d);
      XYItemRenderer r = plot.getRenderer(d);
      if (data == null || r == null) {
        continue;
      }
      for (int s = 0; s < data.getSeriesCount(); s++) {
        r.setSeriesVisibleInLegend(s, data.getItemCount(s) > 0, false);
      }
    }
  }
}
