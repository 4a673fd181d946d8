package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.series.ParetoFront;

/**
 * Three hand-written runs of one experiment: r1 (seed 1, learning rate 0.01), r2 (seed 2, same
 * rate, every value 1.2×), r3 (seed 1, rate 0.1, every value 0.8×). r1 and r2 differ only by seed.
 */
class ComparisonReportTest {
  @TempDir static Path dir;
  static List<StoredRun> runs;
  static Document doc;
  static final String A = RunDirFixture.SCRIPT;
  static final String B = RunDirFixture.QUOTES;

  @BeforeAll
  static void write() throws Exception {
    runs = List.of(
        RunReader.read(RunDirFixture.write(dir.resolve("r1"), "cmp", 1, "0.01", 1.0)),
        RunReader.read(RunDirFixture.write(dir.resolve("r2"), "cmp", 2, "0.01", 1.2)),
        RunReader.read(RunDirFixture.write(dir.resolve("r3"), "cmp", 1, "0.1", 0.8)));
    doc = Jsoup.parse(HtmlReport.render(runs));
  }

  @Test
  void skeletonOfAComparison() {
    assertThat(doc.select("body > section").eachAttr("id")).containsExactlyElementsOf(ComparisonReport.SECTIONS);
    // loss overlays for 2 tasks, seed bands for 2 tasks, one Pareto chart
    assertThat(doc.select("#curves svg")).hasSize(2);
    assertThat(doc.select("#seed-bands svg")).hasSize(2);
    assertThat(doc.select("#pareto svg")).hasSize(1);
    assertThat(doc.select("svg")).hasSize(5);
    assertThat(doc.select("script")).isEmpty();
  }

  @Test
  void runsAreNamedByWhatDiffers() {
    assertThat(ComparisonCharts.labels(runs))
        .containsExactly("learning rate=0.01 · seed 1", "learning rate=0.01 · seed 2", "learning rate=0.1 · seed 1");
    assertThat(doc.select("#differences tbody tr").eachText())
        .containsExactly("optimiser: learning rate 0.01 0.01 0.1", "training: seed 1 2 1");
    assertThat(doc.selectFirst("#curves svg").text()).contains("learning rate=0.01 · seed 2");
  }

  @Test
  void seedBandIsMeanAndStdOfTheRunsThatDifferOnlyBySeed() {
    JFreeChart chart = ComparisonCharts.seedBands(runs, A, "loss", ChartTheme.LIGHT);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getSeriesKey(0).toString()).isEqualTo("learning rate=0.01 (2 seeds, mean ± std)");
    assertThat(data.getSeriesKey(1).toString()).isEqualTo("learning rate=0.1 (1 seed)");
    // step 1: r1's loss is 1 + 10/1 = 11, r2's 1.2 × 11 = 13.2: mean 12.1,
    // sample std sqrt((1.1² + 1.1²) / 1) = 1.1·√2
    assertThat(data.getXValue(0, 0)).isEqualTo(1.0);
    assertThat(data.getYValue(0, 0)).isCloseTo(12.1, within(1e-5));
    assertThat(data.getEndYValue(0, 0) - data.getYValue(0, 0)).isCloseTo(1.1 * Math.sqrt(2), within(1e-5));
    // r3 alone: no band
    assertThat(data.getEndYValue(1, 0)).isEqualTo(data.getStartYValue(1, 0));
  }

  @Test
  void paretoPointsComeFromTheFinalTestMetrics() {
    List<ParetoFront.Point> points = ComparisonCharts.paretoPoints(runs, A, "mse", B, "mse");
    assertThat(points).extracting(ParetoFront.Point::a)
        .containsExactly(0.4321, 0.4321 * 1.2, 0.4321 * 0.8);
    assertThat(points).extracting(ParetoFront.Point::b)
        .containsExactly(0.8765, 0.8765 * 1.2, 0.8765 * 0.8);
    // r3 is lowest on both: it alone is on the front
    assertThat(ParetoFront.front(points, false, false)).extracting(ParetoFront.Point::label)
        .containsExactly("learning rate=0.1 · seed 1");
  }
}
