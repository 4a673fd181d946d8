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
import org.mtlworkbench.diagnostics.Estimate;
import org.mtlworkbench.diagnostics.GradientSummary;

/**
 * The pairwise gradient-conflict matrix of a {@link GradientSummary}: cell (i, j) coloured by the
 * cosine of the true gradients of tasks i and j on the shared parameters (−1 … 1, {@link
 * CosinePaintScale}) and labelled with it and its interval; the diagonal shows each task's noise
 * floor and how often the update raised its loss (docs/findings.md).
 */
public final class ConflictMatrixChart {
  private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
  private static final Font SECOND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
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

  /** The title of an exported matrix: what the cells and the diagonal show. */
  public static String title() {
    return "Gradient conflict: true-gradient cosine ± "
        + Numbers.number(100 * org.mtlworkbench.diagnostics.FindingSettings.DEFAULTS.confidence())
        + "% CI; diagonal: noise floor, ↑ share of steps the update raised the task's loss";
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
   * Shows the matrix of a gradient summary (silently: the caller fires one chart change per frame).
   * Off the diagonal, cell (i, j) is coloured and labelled by the cosine of the two tasks' true
   * gradients with the half-width of its interval ("noise" when a gradient is indistinguishable
   * from noise); on the diagonal, task k's noise floor (self-agreement) and how often the
   * combined gradient raised its loss on the step's batch ("↑ 28%"). A run recorded before the
   * lagged measures shows the same-step mean cosine and the share of steps below 0 instead.
   */
  public void update(GradientSummary s) {
    int k = tasks.size();
    double[][] xyz = new double[3][k * k];
    plot.clearAnnotations();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int cell = i * k + j;
        String[] lines = s.lagged() ? lagged(s, i, j) : sameStep(s, i, j);
        double c = i == j ? Double.NaN : s.lagged() ? value(s.trueCosine()[i][j]) : value(s.cosine()[i][j]);
        xyz[0][cell] = j;
        xyz[1][cell] = i;
        xyz[2][cell] = c;
        annotate(lines[0], CELL_FONT, j, i - 0.12, textOn(c));
        annotate(lines[1], SECOND_FONT, j, i + 0.18, textOn(c));
      }
    }
    data.addSeries("cosine", xyz);
  }

  /** The two lines of a cell from the lagged measures. */
  static String[] lagged(GradientSummary s, int i, int j) {
    if (i == j) {
      Estimate floor = s.selfAgreement()[i];
      Estimate harm = s.harmShare()[i];
      return new String[] {floor.defined() ? "floor " + signed(floor.value()) : Numbers.MISSING,
          harm.defined() ? "↑ " + Numbers.percent(harm.value(), 0) : ""};
    }
    Estimate rho = s.trueCosine()[i][j];
    if (rho.defined()) {
      return new String[] {signed(rho.value()), "± " + Numbers.fixed(rho.halfWidth(), 2)};
    }
    return new String[] {rho.tooFewSteps() ? Numbers.MISSING : "noise", ""};
  }

  /** The two lines of a cell without lagged measures: the same-step mean cosine and its share below 0. */
  static String[] sameStep(GradientSummary s, int i, int j) {
    if (i == j) {
      return new String[] {"", ""};
    }
    Estimate c = s.cosine()[i][j];
    Estimate share = s.conflictShare()[i][j];
    return c.defined() ? new String[] {signed(c.value()), Numbers.percent(share.value(), 0) + " < 0"}
        : new String[] {Numbers.MISSING, ""};
  }

  private void annotate(String text, Font font, double x, double y, Color paint) {
    if (text.isEmpty()) {
      return;
    }
    XYTextAnnotation a = new XYTextAnnotation(text, x, y);
    a.setFont(font);
    a.setPaint(paint);
    plot.addAnnotation(a, false);
  }

  private static double value(Estimate e) {
    return e.defined() ? e.value() : Double.NaN;
  }

  /** "+0.32", "−0.31". */
  static String signed(double v) {
    return Numbers.signed(v, 2);
  }

  private Color textOn(double cosine) {
    return Math.abs(Double.isNaN(cosine) ? 0 : cosine) > 0.55 ? Color.WHITE : theme.text();
  }
}
