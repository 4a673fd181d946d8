package org.mtlworkbench.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.report.SpecDiff;
import org.mtlworkbench.report.chart.ChartTheme;

/** The compare view's logic on three hand-made runs: two seeds of one experiment and another. */
class CompareViewModelTest {
  @TempDir Path root;
  private CompareViewModel model;

  @BeforeEach
  void threeRuns() throws Exception {
    Path a = HandMadeRuns.write(root, "a", "two tasks", "equal", 1, "finished", Instant.parse("2026-11-29T09:00:00Z"), 10,
        0.8, 0.6);
    Path b = HandMadeRuns.write(root, "b", "two tasks", "equal", 2, "finished", Instant.parse("2026-11-29T09:10:00Z"), 10,
        0.6, 0.4);
    Path c = HandMadeRuns.write(root, "c", "two tasks", "pcgrad", 1, "finished", Instant.parse("2026-11-29T09:20:00Z"), 20,
        0.7, 0.9);
    model = CompareViewModel.read(List.of(a, b, c));
  }

  @Test
  void tasksColumnsAndMetricsAreThoseTheRunsRecorded() {
    assertThat(model.tasks()).containsExactly("y1", "y2");
    assertThat(model.columns()).containsExactly("loss", "grad_norm", "weight");
    assertThat(model.finalMetrics()).containsExactlyInAnyOrder("loss", "r2");
    assertThat(model.taskMetric("y1")).as("the runs recorded r2 but not the experiment's own metric").isEqualTo("r2");
  }

  @Test
  void theOverlaySmoothsEachRunsTrainingLossWithTheRawCurveFaintBehind() {
    JFreeChart overlay = model.overlay("y1", "loss", ChartTheme.LIGHT);
    XYDataset main = overlay.getXYPlot().getDataset(1);
    XYDataset faint = overlay.getXYPlot().getDataset(2);
    // Run a recorded y1 loss 1/s at steps 1..10. Debiased EMA with w = 0.6, by hand:
    // s1 = 1; m2 = 0.6·0.4 + 0.4·0.5 = 0.44, c2 = 0.6·0.4 + 0.4 = 0.64, s2 = 0.6875;
    // m3 = 0.6·0.44 + 0.4/3 = 0.397333, c3 = 0.6·0.64 + 0.4 = 0.784, s3 = 0.506803.
    assertThat(main.getYValue(0, 0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(main.getYValue(0, 1)).isCloseTo(0.6875, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(main.getYValue(0, 2)).isCloseTo(0.506803, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(faint.getYValue(0, 1)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theOverlayHasOneCurveForEveryRunAndTheSeedBandsOneForEachExperiment() {
    JFreeChart overlay = model.overlay("y1", "loss", ChartTheme.LIGHT);
    var legend = overlay.getXYPlot().getLegendItems();
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < legend.getItemCount(); i++) {
      names.add(legend.get(i).getLabel());
    }
    assertThat(names).as("one legend entry per run").hasSize(3).doesNotHaveDuplicates();
    assertThat(names).anySatisfy(n -> assertThat(n).contains("pcgrad"));
    assertThat(names).anySatisfy(n -> assertThat(n).contains("equal", "seed 2"));

    JFreeChart bands = model.seedBands("y1", "loss", ChartTheme.LIGHT);
    XYDataset data = bands.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).as("seeds 1 and 2 of 'equal' are one band; pcgrad is the other").isEqualTo(2);
    // Both seeds of 'equal' recorded y1 loss = 1/step, so the mean at step 4 is 1/4.
    int item = -1;
    for (int i = 0; i < data.getItemCount(0); i++) {
      if (data.getXValue(0, i) == 4) {
        item = i;
      }
    }
    assertThat(item).isNotNegative();
    assertThat(data.getYValue(0, item)).isEqualTo(0.25);
  }

  @Test
  void theDifferencesAreTheStrategyAndTheSeed() {
    assertThat(model.differences()).extracting(SpecDiff.Row::path).containsExactlyInAnyOrder("training.seed", "strategy.name");
    SpecDiff.Row seed = model.differences().stream().filter(r -> r.path().equals("training.seed")).findFirst().orElseThrow();
    assertThat(seed.values()).containsExactly("1", "2", "1");
  }
}
