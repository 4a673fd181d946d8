package org.mtlworkbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.mtlworkbench.report.series.Decimated;
import org.mtlworkbench.report.series.SeedBand;

/**
 * Curves over seeds drawn as the mean with a translucent band of ± one standard deviation
 * ({@link SeedBand}); long curves are decimated on the mean ({@link Decimated}).
 */
public final class SeedBandChart {
  /** Opacity of the ± std band. */
  static final float BAND_ALPHA = 0.2f;

  private SeedBandChart() {}

  /**
   * One curve: the legend name (e.g. "pcgrad · y1 (3 seeds)"), its band, its colour index and
   * whether it is drawn dashed (to tell groups apart beyond colour).
   */
  public record Band(String name, SeedBand band, int colour, boolean dashed) {}

  /** A band's legend name: what it is, how many seeds, and that the band is ± one standard deviation. */
  public static String name(String what, int seeds) {
    return what + " (" + seeds + (seeds == 1 ? " seed)" : " seeds, mean ± std)");
  }

  /** The title of one task's chart of {@code what} ("validation loss") over seeds. */
  public static String title(String task, String what) {
    return "Task '" + task + "': " + what + " over seeds";
  }

  /** A chart of the bands over steps, decimated to {@code columns} pixel columns. */
  public static JFreeChart create(List<Band> bands, int columns, ChartTheme theme) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(BAND_ALPHA);
    renderer.setDefaultCreateEntities(false);
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      SeedBand s = band.band();
      YIntervalSeries series = new YIntervalSeries(band.name(), false, true);
      for (int i : Decimated.indices(s.steps(), s.mean(), columns)) {
        series.add(s.steps()[i], s.mean()[i], s.mean()[i] - s.std()[i], s.mean()[i] + s.std()[i]);
      }
      data.addSeries(series);
      Color c = theme.task(band.colour());
      renderer.setSeriesPaint(b, c);
      renderer.setSeriesFillPaint(b, c);
      renderer.setSeriesStroke(b, band.dashed()
          ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
          : new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    XYPlot plot = new XYPlot(data, CompactNumberFormat.axis(null), CompactNumberFormat.axis(null), renderer);
    return theme.chart(theme.style(plot));
  }
}
