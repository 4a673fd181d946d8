package org.mtlworkbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.report.series.Points;

/**
 * The band renderer against JFreeChart's own line renderer, a different algorithm drawing the
 * same points: dense solid series must cover the same pixels column by column, sparse or dashed
 * ones the very same pixels.
 */
class EnvelopeLineRendererTest {
  private static final int W = 300;
  private static final int H = 200;
  /** The value axis: wide enough that no point falls outside the image. */
  private static final double LOW = -100;
  private static final double HIGH = 250;
  private static final BasicStroke SOLID = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  @Test
  void bandVerticesAreEachColumnsExtremesWidenedByHalfTheLine() {
    // columns 0 (y 10, 20), 1 (y 15, 5), 2 (y 8); half width 1; y grows downwards on screen.
    // Borders: 20 → 15 has midpoint 17.5, 5 → 8 has 6.5. By hand, each column's range with the
    // midpoints at its borders: column 0 [10, 20], column 1 [5, 17.5], column 2 [6.5, 8].
    float[] along = {0.2f, 0.7f, 1.3f, 1.9f, 2.5f};
    float[] across = {10, 20, 15, 5, 8};
    List<float[]> v = vertices(EnvelopeLineRenderer.band(along, across, 5, 1f, true));
    assertThat(v).extracting(p -> p[0] + "," + p[1]).containsExactly(
        "0.0,9.0", "1.0,9.0", "1.0,4.0", "2.0,4.0", "2.0,5.5", "3.0,5.5", // upper edge, left to right
        "3.0,9.0", "2.0,9.0", "2.0,18.5", "1.0,18.5", "1.0,21.0", "0.0,21.0"); // back along the lower
  }

  @Test
  void neighbouringColumnsAlwaysTouchOnASteepSlope() {
    // two columns whose own points do not overlap (10..12, then 40..42): each reaches the
    // midpoint 26 of the border segment 12 → 40, so the band has no gap
    float[] along = {0.1f, 0.9f, 1.1f, 1.9f};
    float[] across = {10, 12, 40, 42};
    List<float[]> v = vertices(EnvelopeLineRenderer.band(along, across, 4, 0f, true));
    assertThat(v).extracting(p -> p[0] + "," + p[1]).containsExactly(
        "0.0,10.0", "1.0,10.0", "1.0,26.0", "2.0,26.0",
        "2.0,42.0", "1.0,42.0", "1.0,26.0", "0.0,26.0");
  }

  @Test
  void aDenseSeriesCoversEachColumnsPointsAndNoMoreThanItsNeighboursReach() {
    Random r = new Random(7);
    int n = 4000; // ~13 points per pixel column, noisy, with a trend and a one-step spike
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 50 + 30 * Math.sin(i / 600.0) + 12 * r.nextGaussian() + (i == 2500 ? 60 : 0);
    }
    BufferedImage band = draw(new EnvelopeLineRenderer(), SOLID, y);
    // Worked out from the data, not from the renderer: each pixel column's highest and lowest
    // point on screen (x = i / (n − 1) · W, y = H − (v − LOW) / (HIGH − LOW) · H).
    double[] top = new double[W];
    double[] bottom = new double[W];
    java.util.Arrays.fill(top, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      int c = Math.min(W - 1, (int) Math.floor((double) i / (n - 1) * W));
      double sy = H - (y[i] - LOW) / (HIGH - LOW) * H;
      top[c] = Math.min(top[c], sy);
      bottom[c] = Math.max(bottom[c], sy);
    }
    for (int x = 2; x < W - 2; x++) {
      int[] ink = inkRange(band, x);
      assertThat(ink).as("column %d has ink", x).isNotNull();
      // every point of the column is inked (to within the antialiased edge pixel) ...
      assertThat((double) ink[0]).as("top of column %d", x).isLessThanOrEqualTo(top[x] + 1);
      assertThat((double) ink[1]).as("bottom of column %d", x).isGreaterThanOrEqualTo(bottom[x] - 1);
      // ... and the ink reaches no further than the column's neighbours' points and the line's width
      double reachUp = Math.min(top[x], Math.min(top[x - 1], top[x + 1])) - 0.8;
      double reachDown = Math.max(bottom[x], Math.max(bottom[x - 1], bottom[x + 1])) + 0.8;
      assertThat((double) ink[0]).as("top of column %d", x).isGreaterThanOrEqualTo(Math.floor(reachUp) - 1);
      assertThat((double) ink[1]).as("bottom of column %d", x).isLessThanOrEqualTo(Math.ceil(reachDown) + 1);
    }
    // the one-step spike stands out: its column reaches 10 px higher than the columns near it
    int spike = (int) Math.floor(2500.0 / (n - 1) * W);
    assertThat(inkRange(band, spike)[0]).isLessThan(inkRange(band, spike - 20)[0] - 10);
  }

  @Test
  void aSparseSeriesIsDrawnAsTheVerySameLine() {
    Random r = new Random(3);
    double[] y = new double[120]; // fewer points than pixel columns
    for (int i = 0; i < y.length; i++) {
      y[i] = 40 + 20 * r.nextGaussian();
    }
    assertThat(differingPixels(draw(new EnvelopeLineRenderer(), SOLID, y), draw(plainLine(), SOLID, y))).isZero();
  }

  @Test
  void aDottedSeriesStaysALineHoweverDense() {
    Random r = new Random(5);
    double[] y = new double[3000];
    for (int i = 0; i < y.length; i++) {
      y[i] = 40 + 10 * r.nextGaussian();
    }
    BasicStroke dotted = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
    assertThat(differingPixels(draw(new EnvelopeLineRenderer(), dotted, y), draw(plainLine(), dotted, y))).isZero();
  }

  private static XYLineAndShapeRenderer plainLine() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true);
    return r;
  }

  /** The series drawn black on white over the whole image, axes hidden, y from LOW to HIGH. */
  private static BufferedImage draw(XYLineAndShapeRenderer renderer, Stroke stroke, double[] y) {
    ArrayXYDataset data = new ArrayXYDataset();
    data.setKeys(List.of("s"));
    Points p = new Points();
    for (int i = 0; i < y.length; i++) {
      p.add(i, y[i]);
    }
    data.set(0, p);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesStroke(0, stroke);
    NumberAxis x = new NumberAxis();
    x.setRange(0, y.length - 1);
    x.setVisible(false);
    NumberAxis v = new NumberAxis();
    v.setRange(LOW, HIGH);
    v.setVisible(false);
    XYPlot plot = new XYPlot(data, x, v, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBackgroundPaint(Color.WHITE);
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.draw(g, new Rectangle2D.Double(0, 0, W, H));
    g.dispose();
    return image;
  }

  /** Topmost and bottommost row of pixel column {@code x} that is at least half black, or null. */
  private static int[] inkRange(BufferedImage image, int x) {
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      if ((image.getRGB(x, y) & 0xff) < 128) {
        top = top < 0 ? y : top;
        bottom = y;
      }
    }
    return top < 0 ? null : new int[] {top, bottom};
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int d = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        d += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
      }
    }
    return d;
  }

  private static List<float[]> vertices(Path2D path) {
    List<float[]> out = new ArrayList<>();
    float[] c = new float[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
        out.add(new float[] {c[0], c[1]});
      }
    }
    return out;
  }
}
