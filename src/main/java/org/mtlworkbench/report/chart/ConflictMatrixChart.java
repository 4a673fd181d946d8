package org.mtlworkbench.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.mtlworkbench.common.text.Numbers;

/**
 * The pairwise gradient-conflict matrix: cell (i, j) coloured by the mean cosine between the
 * gradients of tasks i and j on the shared parameters (−1 … 1, {@link CosinePaintScale}) and
 * labelled with it and with the share of steps in which the two were in conflict (cosine &lt; 0).
 */
public final class ConflictMatrixChart {
  private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private final ChartTheme theme;
  private final XYPlot plot = new XYPlot();
  private final JFreeChart chart;
  private final DefaultXYZDataset data = new DefaultXYZDataset();
  private List<String> tasks = List.of();

  public ConflictMatrixChart(ChartTheme theme) {
    this.theme = theme;
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(new CosinePaintScale(theme));
    renderer.setDefaultCreateEntities(false);
    plot.setRenderer(renderer);
    plot.setDataset(data);
    plot.setBackgroundPaint(theme.plot());
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    chart = theme.chart(plot);
    chart.setPadding(new RectangleInsets(4, 2, 2, 8));
    setTasks(List.of());
  }

  public JFreeChart chart() {
    return chart;
  }

  /**
   * A copy that stands alone: a title and the colour scale of the cosine (−1 … 1) beside the
   * matrix; the chart on screen is left as it is.
   */
  public JFreeChart exportCopy(String title) {
    JFreeChart copy = ExportLook.copyOf(chart);
    ExportLook.apply(copy, theme, title, null, null, false);
    NumberAxis scaleAxis = new NumberAxis("cosine");
    scaleAxis.setRange(-1, 1);
    scaleAxis.setTickLabelPaint(theme.text());
    scaleAxis.setLabelPaint(theme.text());
    PaintScaleLegend scale = new PaintScaleLegend(new CosinePaintScale(theme), scaleAxis);
    scale.setPosition(RectangleEdge.RIGHT);
    scale.setMargin(new RectangleInsets(8, 8, 8, 8));
    scale.setStripWidth(12);
    scale.setBackgroundPaint(theme.background());
    copy.addSubtitle(scale);
    return copy;
  }

  /** Sets the tasks shown along both axes (the first at the top left). */
  public void setTasks(List<String> names) {
    tasks = List.copyOf(names);
    String[] symbols = names.toArray(String[]::new);
    plot.setDomainAxis(axis(symbols));
    SymbolAxis y = axis(symbols);
    y.setInverted(true);
    plot.setRangeAxis(y);
    plot.clearAnnotations();
    if (data.getSeriesCount() > 0) {
      data.removeSeries("cosine");
    }
  }

  private SymbolAxis axis(String[] symbols) {
    SymbolAxis a = new SymbolAxis(null, symbols);
    a.setTickLabelFont(TICK_FONT);
    a.setTickLabelPaint(theme.text());
    a.setAxisLineVisible(false);
    a.setTickMarksVisible(false);
    a.setGridBandsVisible(false);
    a.setRange(-0.5, Math.max(0.5, symbols.length - 0.5));
    return a;
  }

  /**
   * Shows the matrix (silently: the caller fires one chart change per frame).
   *
   * @param meanCosine [i][j] mean cosine over the recent steps (NaN when not measured)
   * @param conflictShare [i][j] share of those steps with cosine &lt; 0
   */
  public void update(double[][] meanCosine, double[][] conflictShare) {
    int k = tasks.size();
    double[][] xyz = new double[3][k * k];
    plot.clearAnnotations();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int cell = i * k + j;
        double c = i == j ? 1.0 : meanCosine[i][j];
        xyz[0][cell] = j;
        xyz[1][cell] = i;
        xyz[2][cell] = c;
        if (i != j) {
          XYTextAnnotation text = new XYTextAnnotation(label(c, conflictShare[i][j]), j, i);
          text.setFont(CELL_FONT);
          text.setPaint(textOn(c));
          plot.addAnnotation(text, false);
        }
      }
    }
    data.addSeries("cosine", xyz);
  }

  /** "−0.31 · 61%": mean cosine and the share of steps in conflict. */
  static String label(double cosine, double share) {
    if (Double.isNaN(cosine)) {
      return Numbers.MISSING;
    }
    return Numbers.signed(cosine, 2) + " · " + Numbers.percent(share, 0);
  }

  private Color textOn(double cosine) {
    return Math.abs(Double.isNaN(cosine) ? 0 : cosine) > 0.55 ? Color.WHITE : theme.text();
  }
}
