package org.mtlworkbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Per-task curves over training steps, one colour per task, on up to three layers: the main
 * curves (smoothed, solid), the raw values faint behind them, and per-epoch points (validation)
 * dashed with markers. Used for loss, gradient-norm and task-weight charts, live and in reports.
 *
 * <p>Draws one path per series and records no per-point entities, so a frame's cost depends on
 * the (decimated) number of points only.
 */
public final class TaskCurvesChart {
  /** Opacity of the raw curve behind a smoothed one. */
  public static final double FAINT_ALPHA = 0.22;

  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private final ChartTheme theme;
  private final XYPlot plot = new XYPlot();
  private final JFreeChart chart;
  private final ArrayXYDataset main = new ArrayXYDataset();
  private final ArrayXYDataset faint = new ArrayXYDataset();
  private final ArrayXYDataset epochs = new ArrayXYDataset();
  private final XYLineAndShapeRenderer mainRenderer = renderer(false);
  private final XYLineAndShapeRenderer faintRenderer = renderer(false);
  private final XYLineAndShapeRenderer epochRenderer = renderer(true);
  private final String yLabel;
  private boolean log;
  private boolean includeZero;

  public TaskCurvesChart(String yLabel, ChartTheme theme) {
    this.theme = theme;
    this.yLabel = yLabel;
    NumberAxis x = new NumberAxis("step");
    style(x);
    x.setAutoRangeIncludesZero(false);
    plot.setDomainAxis(x);
    plot.setRangeAxis(linearAxis());
    // Drawn last to first: epoch points on top, then main curves, the faint raw curves below.
    plot.setDataset(0, epochs);
    plot.setRenderer(0, epochRenderer);
    plot.setDataset(1, main);
    plot.setRenderer(1, mainRenderer);
    plot.setDataset(2, faint);
    plot.setRenderer(2, faintRenderer);
    plot.setBackgroundPaint(theme.plot());
    plot.setDomainGridlinePaint(theme.grid());
    plot.setRangeGridlinePaint(theme.grid());
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(theme.background());
    chart.setPadding(new RectangleInsets(4, 2, 2, 8));
  }

  private static XYLineAndShapeRenderer renderer(boolean shapes) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
    r.setDrawSeriesLineAsPath(true);
    r.setDefaultCreateEntities(false);
    r.setAutoPopulateSeriesPaint(false);
    r.setAutoPopulateSeriesStroke(false);
    return r;
  }

  public JFreeChart chart() {
    return chart;
  }

  public XYPlot plot() {
    return plot;
  }

  /** The solid curves (smoothed, or the values themselves). */
  public ArrayXYDataset main() {
    return main;
  }

  /** The raw curves drawn faint behind the main ones (leave empty for none). */
  public ArrayXYDataset faint() {
    return faint;
  }

  /** Per-epoch values (validation), dashed with markers. */
  public ArrayXYDataset epochs() {
    return epochs;
  }

  /**
   * Sets up one series per task in each layer (emptied), coloured by {@code colours}.
   *
   * @param tasks task names
   * @param colours per task, its colour index
   */
  public void setTasks(List<String> tasks, int[] colours) {
    main.setKeys(tasks);
    faint.setKeys(tasks);
    epochs.setKeys(tasks.stream().map(t -> t + " (validation)").toList());
    BasicStroke solid = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    BasicStroke dashed = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f);
    for (int i = 0; i < tasks.size(); i++) {
      Color c = theme.task(colours[i]);
      mainRenderer.setSeriesPaint(i, c);
      mainRenderer.setSeriesStroke(i, solid);
      faintRenderer.setSeriesPaint(i, ChartTheme.faint(c, FAINT_ALPHA));
      faintRenderer.setSeriesStroke(i, new BasicStroke(1f));
      epochRenderer.setSeriesPaint(i, c.darker());
      epochRenderer.setSeriesStroke(i, dashed);
      epochRenderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    }
  }

  /** A logarithmic or linear value axis. */
  public void setLogScale(boolean logScale) {
    if (logScale == log) {
      return;
    }
    log = logScale;
    plot.setRangeAxis(logScale ? logAxis() : linearAxis());
  }

  public boolean isLogScale() {
    return log;
  }

  /** Whether the user zoomed into the steps (then the visible range is not the whole run). */
  public boolean isZoomed() {
    return !plot.getDomainAxis().isAutoRange();
  }

  /** Whether a linear value axis always shows 0 (weights: yes; losses: they would be squashed). */
  public void setIncludeZero(boolean include) {
    includeZero = include;
    if (!log) {
      plot.setRangeAxis(linearAxis());
    }
  }

  private ValueAxis linearAxis() {
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(includeZero);
    y.setNumberFormatOverride(new CompactNumberFormat());
    style(y);
    return y;
  }

  private ValueAxis logAxis() {
    LogAxis y = new LogAxis(yLabel);
    y.setSmallestValue(1e-12);
    y.setNumberFormatOverride(new CompactNumberFormat());
    style(y);
    return y;
  }

  private void style(ValueAxis axis) {
    axis.setTickLabelFont(TICK_FONT);
    axis.setLabelFont(LABEL_FONT);
    axis.setTickLabelPaint(theme.text());
    axis.setLabelPaint(theme.text());
    axis.setAxisLinePaint(theme.grid());
    axis.setTickMarkPaint(theme.grid());
  }
}
