package org.mtlworkbench.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mtlworkbench.report.series.ParetoFront;

/**
 * Task A's final metric against task B's, one point per run (named in the legend), with the
 * {@link ParetoFront} drawn as a staircase: the runs on it are the ones no other run beats on both
 * tasks at once.
 */
public final class ParetoChart {
  private ParetoChart() {}

  /**
   * @param points one per run: its label and its metric on task A (x) and task B (y)
   * @param xLabel e.g. "y1 test mse (lower is better)"
   */
  public static JFreeChart create(List<ParetoFront.Point> points, String xLabel, boolean aHigherIsBetter, String yLabel,
      boolean bHigherIsBetter, ChartTheme theme) {
    List<ParetoFront.Point> front = ParetoFront.front(points, aHigherIsBetter, bHigherIsBetter);
    XYSeriesCollection runs = new XYSeriesCollection();
    XYLineAndShapeRenderer runRenderer = new XYLineAndShapeRenderer(false, true);
    int i = 0;
    for (ParetoFront.Point p : points) {
      XYSeries s = new XYSeries(p.label(), false, true);
      if (!Double.isNaN(p.a()) && !Double.isNaN(p.b())) {
        s.add(p.a(), p.b());
      }
      runs.addSeries(uniqueKey(runs, s));
      runRenderer.setSeriesPaint(i, theme.task(i));
      runRenderer.setSeriesShape(i, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
      i++;
    }
    XYSeriesCollection line = new XYSeriesCollection();
    XYSeries stairs = new XYSeries("Pareto front", false, true);
    double[][] xy = ParetoFront.staircase(front);
    for (int k = 0; k < xy[0].length; k++) {
      stairs.add(xy[0][k], xy[1][k]);
    }
    line.addSeries(stairs);
    // The staircase, with a ring around each run on the front (a front of one run has no line).
    XYSeries ringed = new XYSeries("on the front", false, true);
    for (ParetoFront.Point p : front) {
      ringed.add(p.a(), p.b());
    }
    line.addSeries(ringed);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, theme.text());
    lineRenderer.setSeriesLinesVisible(1, false);
    lineRenderer.setSeriesShapesVisible(1, true);
    lineRenderer.setSeriesShapesFilled(1, false);
    lineRenderer.setSeriesPaint(1, theme.text());
    lineRenderer.setSeriesShape(1, new Ellipse2D.Double(-8, -8, 16, 16));
    lineRenderer.setSeriesStroke(1, new BasicStroke(1.2f));
    lineRenderer.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));

    XYPlot plot = new XYPlot(runs, CompactNumberFormat.axis(xLabel), CompactNumberFormat.axis(yLabel), runRenderer);
    plot.setDataset(1, line);
    plot.setRenderer(1, lineRenderer);
    return theme.chart(theme.style(plot));
  }

  /** A series whose key is not yet taken (two runs may carry the same label). */
  private static XYSeries uniqueKey(XYSeriesCollection in, XYSeries s) {
    String key = s.getKey().toString();
    int n = 2;
    while (in.getSeriesIndex(key) >= 0) {
      key = s.getKey() + " (" + n++ + ")";
    }
    if (key.equals(s.getKey().toString())) {
      return s;
    }
    XYSeries copy = new XYSeries(key, false, true);
    for (int i = 0; i < s.getItemCount(); i++) {
      copy.add(s.getX(i), s.getY(i));
    }
    return copy;
  }
}
