package org.mtlworkbench.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.mtlworkbench.common.text.Numbers;

/**
 * The K×K task-affinity matrix (Fifty et al. 2021): cell (i, j) is the mean lookahead affinity
 * Z_{i→j}, how much a step on task i alone lowered task j's loss (relative), coloured on the
 * diverging scale of the conflict matrix (agreement colour = i helps j, conflict colour = i hurts
 * j) and labelled with its value. The scale is symmetric around 0 and spans the largest |Z| off
 * the diagonal: a task's affinity with itself is much larger and would wash the others out, so
 * the diagonal is shown grey with its value.
 */
public final class AffinityMatrixChart {
  private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private AffinityMatrixChart() {}

  /**
   * @param tasks the task names, rows and columns in this order
   * @param z {@code z[i][j]} = mean Z_{i→j} (NaN where never measured)
   * @param title the chart's title
   */
  public static JFreeChart create(List<String> tasks, double[][] z, String title, ChartTheme theme) {
    int k = tasks.size();
    double scale = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j && Double.isFinite(z[i][j])) {
          scale = Math.max(scale, Math.abs(z[i][j]));
        }
      }
    }
    scale = scale > 0 ? scale : 1;
    DefaultXYZDataset data = new DefaultXYZDataset();
    double[][] xyz = new double[3][k * k];
    XYPlot plot = new XYPlot();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int cell = i * k + j;
        xyz[0][cell] = j;
        xyz[1][cell] = i;
        xyz[2][cell] = i == j ? Double.NaN : z[i][j];
        XYTextAnnotation text = new XYTextAnnotation(Numbers.significant(z[i][j], 2), j, i);
        text.setFont(CELL_FONT);
        text.setPaint(i != j && Math.abs(z[i][j]) / scale > 0.55 ? Color.WHITE : theme.text());
        plot.addAnnotation(text, false);
      }
    }
    data.addSeries("affinity", xyz);
    XYBlockRenderer renderer = new XYBlockRenderer();
    Scaled paint = new Scaled(new CosinePaintScale(theme), scale, theme.grid());
    renderer.setPaintScale(paint);
    renderer.setDefaultCreateEntities(false);
    plot.setRenderer(renderer);
    plot.setDataset(data);
    String[] symbols = tasks.toArray(String[]::new);
    plot.setDomainAxis(axis(symbols, "task whose loss moved (j)", theme));
    SymbolAxis y = axis(symbols, "task stepped on (i)", theme);
    y.setInverted(true);
    plot.setRangeAxis(y);
    plot.setBackgroundPaint(theme.plot());
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = theme.chart(plot);
    ExportLook.apply(chart, theme, title, "task whose loss moved (j)", "task stepped on (i)", false);
    NumberAxis scaleAxis = new NumberAxis("Z(i→j)");
    scaleAxis.setRange(-scale, scale);
    scaleAxis.setNumberFormatOverride(new CompactNumberFormat());
    scaleAxis.setTickLabelPaint(theme.text());
    scaleAxis.setLabelPaint(theme.text());
    PaintScaleLegend legend = new PaintScaleLegend(paint, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(8, 8, 8, 8));
    legend.setStripWidth(12);
    legend.setBackgroundPaint(theme.background());
    chart.addSubtitle(legend);
    return chart;
  }

  private static SymbolAxis axis(String[] symbols, String label, ChartTheme theme) {
    SymbolAxis a = new SymbolAxis(label, symbols);
    a.setTickLabelFont(TICK_FONT);
    a.setTickLabelPaint(theme.text());
    a.setAxisLineVisible(false);
    a.setTickMarksVisible(false);
    a.setGridBandsVisible(false);
    a.setRange(-0.5, Math.max(0.5, symbols.length - 0.5));
    return a;
  }

  /** The cosine scale stretched to ±{@code scale}; NaN (the diagonal) in the grid colour. */
  private record Scaled(CosinePaintScale cosine, double scale, Color blank) implements PaintScale {
    @Override
    public double getLowerBound() {
      return -scale;
    }

    @Override
    public double getUpperBound() {
      return scale;
    }

    @Override
    public Paint getPaint(double v) {
      return Double.isNaN(v) ? blank : cosine.getPaint(v / scale);
    }
  }
}
