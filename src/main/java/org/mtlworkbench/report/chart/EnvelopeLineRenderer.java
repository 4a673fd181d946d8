package org.mtlworkbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.mtlworkbench.report.series.MinMaxDecimator;

/**
 * Draws each series of a curve chart in one go, as what its line would cover: a line through
 * the points while they are sparse, and, once there are about two points per pixel column (a
 * min/max-decimated series of a long run, see {@link MinMaxDecimator}), the filled band between
 * each pixel column's lowest and highest point, widened by the line's width.
 *
 * <p>Why: a min/max-decimated noisy series is a zigzag whose every segment spans the column's
 * whole range, and a rasteriser pays for a stroked zigzag per scanline crossed by each of its
 * segments (and for the stroke's outline and joins). The band is the same ink — a line through
 * those points covers exactly each column's range, the idea behind M4 (Jugel et al., "M4: A
 * Visualization-Oriented Time Series Data Aggregation", VLDB 2014) — as one polygon with four
 * short edges per column. Without a GPU (JavaFX's software pipeline) the band made the live
 * dashboard's rasterising several times cheaper (PERFORMANCE.md, "The window").
 *
 * <p>Dashed and dotted strokes are always drawn as lines: a filled band would lose the pattern
 * that tells them apart. No per-point entities are made.
 */
public final class EnvelopeLineRenderer extends XYLineAndShapeRenderer {
  private static final long serialVersionUID = 1L;

  /** Points per occupied pixel column from which a series is drawn as its band. */
  static final double DENSE = 1.5;

  public EnvelopeLineRenderer() {
    super(true, false);
    setDrawSeriesLineAsPath(true);
    setDefaultCreateEntities(false);
    setAutoPopulateSeriesPaint(false);
    setAutoPopulateSeriesStroke(false);
  }

  /** Lines only: one pass. */
  @Override
  public int getPassCount() {
    return 1;
  }

  /** Draws the whole series (its visible items) when called for its first one; nothing after. */
  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
      XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
      CrosshairState crosshairState, int pass) {
    if (item != state.getFirstItemIndex() || !getItemVisible(series, item)) {
      return;
    }
    int first = state.getFirstItemIndex();
    int last = Math.min(state.getLastItemIndex(), dataset.getItemCount(series) - 1);
    if (last < first) {
      return;
    }
    RectangleEdge xEdge = plot.getDomainAxisEdge();
    RectangleEdge yEdge = plot.getRangeAxisEdge();
    float[] along = new float[last - first + 1];
    float[] across = new float[along.length];
    int n = 0;
    int columns = 0;
    int column = Integer.MIN_VALUE;
    for (int i = first; i <= last; i++) {
      double a = domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge);
      double c = rangeAxis.valueToJava2D(dataset.getYValue(series, i), dataArea, yEdge);
      if (!Double.isFinite(a) || !Double.isFinite(c)) {
        continue; // not a value (NaN), or 0 on a log axis
      }
      along[n] = (float) a;
      across[n] = (float) c;
      n++;
      int col = (int) Math.floor(a);
      if (col != column) {
        column = col;
        columns++;
      }
    }
    if (n == 0) {
      return;
    }
    Stroke stroke = lookupSeriesStroke(series);
    boolean solid = stroke instanceof BasicStroke b && b.getDashArray() == null;
    boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
    g2.setPaint(lookupSeriesPaint(series));
    if (solid && columns >= 2 && n >= DENSE * columns) {
      g2.fill(band(along, across, n, ((BasicStroke) stroke).getLineWidth() / 2, vertical));
    } else {
      g2.setStroke(stroke);
      g2.draw(line(along, across, n, vertical));
    }
  }

  /** The polyline through the points, as a line renderer draws it. */
  static Path2D line(float[] along, float[] across, int n, boolean vertical) {
    Path2D.Float p = new Path2D.Float(Path2D.WIND_NON_ZERO, Math.max(2, n));
    for (int i = 0; i < n; i++) {
      float x = vertical ? along[i] : across[i];
      float y = vertical ? across[i] : along[i];
      if (i == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    return p;
  }

  /**
   * The band: each pixel column as a box over its whole width, from its lowest to its highest
   * point, reaching on each side to half-way to the neighbouring column's nearest point (where a
   * line's connecting segment crosses the column border, so that neighbours always touch), and
   * widened by {@code half}; first along one edge, then back along the other.
   */
  static Path2D band(float[] along, float[] across, int n, float half, boolean vertical) {
    int[] col = new int[n];
    float[] low = new float[n];
    float[] high = new float[n];
    int columns = 0;
    int previous = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      int c = (int) Math.floor(along[i]);
      if (c != previous) {
        if (columns > 0) { // the border between two columns: both reach its midpoint
          float mid = (across[i - 1] + across[i]) / 2;
          low[columns - 1] = Math.min(low[columns - 1], mid);
          high[columns - 1] = Math.max(high[columns - 1], mid);
          low[columns] = Math.min(across[i], mid);
          high[columns] = Math.max(across[i], mid);
        } else {
          low[0] = across[i];
          high[0] = across[i];
        }
        col[columns++] = c;
        previous = c;
      } else {
        low[columns - 1] = Math.min(low[columns - 1], across[i]);
        high[columns - 1] = Math.max(high[columns - 1], across[i]);
      }
    }
    Path2D.Float p = new Path2D.Float(Path2D.WIND_NON_ZERO, 4 * columns + 1);
    for (int c = 0; c < columns; c++) {
      vertex(p, c == 0, col[c], low[c] - half, vertical);
      vertex(p, false, col[c] + 1, low[c] - half, vertical);
    }
    for (int c = columns - 1; c >= 0; c--) {
      vertex(p, false, col[c] + 1, high[c] + half, vertical);
      vertex(p, false, col[c], high[c] + half, vertical);
    }
    p.closePath();
    return p;
  }

  private static void vertex(Path2D.Float p, boolean move, float along, float across, boolean vertical) {
    float x = vertical ? along : across;
    float y = vertical ? across : along;
    if (move) {
      p.moveTo(x, y);
    } else {
      p.lineTo(x, y);
    }
  }
}
