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
 * curves (smoothed, solid), the raw values faint behind them, per-epoch points (validation)
 * dashed with markers, and each task's single-task baseline dotted in the task's colour. Used for loss, gradient-norm and task-weight charts, live and in reports.
 *
 * <p>Draws one path per series ({@link EnvelopeLineRenderer}: a dense decimated series as its
 * band) and records no per-point entities, so a frame's cost depends on the (decimated) number of
 * points only.
 */
public final class TaskCurvesChart {
  /** Opacity of the raw curve behind a smoothed one. */
  public static final double FAINT_ALPHA = 0.22;

  /**
   * Room for the value axis' tick labels such as "3,160" or "1.5e-4". The axes carry no labels:
   * the chart's title (in the window, or in the report around it) names what is drawn, and a
   * rotated label costs as much to draw as all the curves.
   */
  static final double RANGE_AXIS_WIDTH = 44;
  /** Room for the step axis' tick labels. */
  static final double DOMAIN_AXIS_HEIGHT = 20;

  private static final BasicStroke GRID = new BasicStroke(0.5f);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private final ChartTheme theme;
  private final XYPlot plot = new XYPlot();
  private final JFreeChart chart;
  private final ArrayXYDataset main = new ArrayXYDataset();
  private final ArrayXYDataset faint = new ArrayXYDataset();
  private final ArrayXYDataset epochs = new ArrayXYDataset();
  private final ArrayXYDataset baselines = new ArrayXYDataset();
  private final XYLineAndShapeRenderer mainRenderer = new EnvelopeLineRenderer();
  private final XYLineAndShapeRenderer faintRenderer = new EnvelopeLineRenderer();
  private final XYLineAndShapeRenderer epochRenderer = markedLines();
  private final XYLineAndShapeRenderer baselineRenderer = new EnvelopeLineRenderer();
  private boolean log;
  private boolean includeZero;
  private double shownUpper = 10;

  public TaskCurvesChart(ChartTheme theme) {
    this.theme = theme;
    NumberAxis x = new NumberAxis(null); // steps: the panel's title says what is drawn
    style(x);
    x.setAutoRangeIncludesZero(false);
    x.setRange(0, shownUpper);
    plot.setDomainAxis(x);
    plot.setRangeAxis(linearAxis());
    // Drawn last to first: epoch points on top, then main curves, the faint raw curves below.
    plot.setDataset(0, epochs);
    plot.setRenderer(0, epochRenderer);
    plot.setDataset(1, main);
    plot.setRenderer(1, mainRenderer);
    plot.setDataset(2, faint);
    plot.setRenderer(2, faintRenderer);
    plot.setDataset(3, baselines);
    plot.setRenderer(3, baselineRenderer);
    theme.style(plot);
    // Solid hairlines: JFreeChart's default dashed grid is cut into hundreds of dashes on every
    // draw, which cost the software renderer more than all the curves (PERFORMANCE.md).
    plot.setDomainGridlineStroke(GRID);
    plot.setRangeGridlineStroke(GRID);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    // Fixed room for the axes: JFreeChart otherwise measures every tick label before each draw,
    // which costs more than drawing the curves.
    plot.setFixedRangeAxisSpace(space(RANGE_AXIS_WIDTH, true));
    plot.setFixedDomainAxisSpace(space(DOMAIN_AXIS_HEIGHT, false));
    chart = theme.chart(plot);
    chart.setPadding(new RectangleInsets(4, 2, 2, 24)); // room for half the last step label ("15,000")
  }

  private static org.jfree.chart.axis.AxisSpace space(double size, boolean left) {
    org.jfree.chart.axis.AxisSpace space = new org.jfree.chart.axis.AxisSpace();
    if (left) {
      space.setLeft(size);
    } else {
      space.setBottom(size);
    }
    return space;
  }

  /** Per-epoch points: few, each with its marker. */
  private static XYLineAndShapeRenderer markedLines() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
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
   * A copy that stands alone (title, axis labels, a legend of the curves that have points, the
   * faint raw curves left out of it), for export; the chart on screen is left as it is. The copy
   * has its own data ({@link ExportLook#copyOf}), so it may be written while this one redraws.
   */
  public JFreeChart exportCopy(String title, String xLabel, String yLabel) {
    JFreeChart copy = ExportLook.copyOf(chart);
    ExportLook.apply(copy, theme, title, xLabel, yLabel, true);
    XYPlot p = copy.getXYPlot();
    for (int s = 0; s < faint.getSeriesCount(); s++) {
      p.getRenderer(2).setSeriesVisibleInLegend(s, false, false);
    }
    return copy;
  }

  /** Each task's single-task baseline (the same quantity trained alone), dotted; empty for none. */
  public ArrayXYDataset baselines() {
    return baselines;
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
    baselines.setKeys(tasks.stream().map(t -> t + " (single-task baseline)").toList());
    BasicStroke dotted = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
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
      baselineRenderer.setSeriesPaint(i, c);
      baselineRenderer.setSeriesStroke(i, dotted);
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

  /** See {@link #setStepTicks}. */
  private int stepTicks = 5;

  /**
   * Shows steps 0 to {@code upper} (the run so far, rounded up, see {@link #niceUpper}): a
   * fixed range lets a growing series keep its decimated columns from frame to frame.
   */
  public void showSteps(double upper) {
    if (!(upper > 0)) {
      throw new IllegalArgumentException("the step axis needs a positive upper end, not " + upper);
    }
    shownUpper = upper;
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    x.setRange(0, upper);
    // A tick spacing chosen here spares JFreeChart measuring candidate labels on every draw.
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(tickSpacing(upper, stepTicks)), false, true);
  }

  /**
   * About how many step ticks the axis gets (5 by default; a narrow chart asks for fewer so that
   * labels like "15,000" do not run into each other). Applies from the next {@link #showSteps}.
   */
  public void setStepTicks(int ticks) {
    stepTicks = Math.max(2, ticks);
  }

  /**
   * Forgets a zoom: the steps {@link #showSteps} set last, the value axis fitted to the data
   * again (a drag zooms both axes).
   */
  public void showWholeRun() {
    showSteps(shownUpper);
    plot.getRangeAxis().setAutoRange(true);
  }

  /**
   * Tick spacing for the steps shown now (after a zoom: about five ticks over the zoomed steps,
   * rather than the whole run's spacing, which left one tick or none). Fires no change event.
   */
  public void fitStepTicks() {
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    double spacing = tickSpacing(x.getRange().getLength(), stepTicks);
    if (x.getTickUnit().getSize() != spacing) {
      x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(spacing), false, false);
    }
  }

  /** About a fifth of {@code range}, rounded to 1, 2, 2.5 or 5 times a power of ten. */
  static double tickSpacing(double range) {
    return tickSpacing(range, 5);
  }

  /** About {@code range / ticks}, rounded up to 1, 2, 2.5 or 5 times a power of ten. */
  static double tickSpacing(double range, int ticks) {
    double raw = range / ticks;
    double m = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * m >= raw) {
        return f * m;
      }
    }
    return 10 * m;
  }

  /** Whether the user zoomed (the visible steps are not the ones {@link #showSteps} set). */
  public boolean isZoomed() {
    org.jfree.data.Range r = plot.getDomainAxis().getRange();
    return r.getLowerBound() != 0 || r.getUpperBound() != shownUpper;
  }

  /**
   * {@code n} rounded up to a quarter of its decade (1,250; 2,500; 250,000): the step range
   * grows in a few jumps rather than every frame.
   */
  public static double niceUpper(int n) {
    double m = Math.pow(10, Math.floor(Math.log10(Math.max(n, 10))));
    double step = m / 4;
    return Math.max(10, Math.ceil(n / step) * step);
  }

  /** Whether a linear value axis always shows 0 (weights: yes; losses: they would be squashed). */
  public void setIncludeZero(boolean include) {
    includeZero = include;
    if (!log) {
      plot.setRangeAxis(linearAxis());
    }
  }

  private ValueAxis linearAxis() {
    NumberAxis y = CompactNumberFormat.axis(null);
    y.setAutoRangeIncludesZero(includeZero);
    style(y);
    return y;
  }

  private ValueAxis logAxis() {
    LogAxis y = new OneTwoFiveLogAxis();
    y.setSmallestValue(1e-12);
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
