package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.RunReader;
import org.testfx.api.FxToolkit;

/**
 * Task affinity in the study window: with "Measure task affinity" ticked, the tab shows the
 * heatmap and the suggested groupings, the best 2-group split worked out here from the run's own
 * affinity matrix by trying every split of three tasks.
 */
class StudyAffinityTest {
  @TempDir Path root;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void theAffinityTabShowsTheHeatmapAndTheBestGroupingOfTheRuns() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.threeTasks("affinity study", 600, 2));
    fx.robot.clickOn("Task affinity");
    assertThat(onFx(() -> fx.robot.lookup("#studyAffinityPane .chart-note").queryLabeled().getText()))
        .startsWith("Task affinity is not measured in this study");
    fx.robot.clickOn("Results");
    fx.robot.clickOn("#studyAffinity").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("1");
    fx.robot.clickOn("#studyStart");
    fx.awaitEnded(120);
    fx.robot.clickOn("Task affinity");
    awaitFx(10, () -> fx.robot.lookup("#studyAffinityChart-hard").tryQuery().isPresent());
    ChartViewer heatmap = fx.robot.lookup("#studyAffinityChart-hard").query();
    assertThat(onFx(() -> heatmap.getChart())).isNotNull();

    // one run: the study's mean is that run's matrix; every 2-group split of 3 tasks pairs two
    // of them, credited Z(i→j) + Z(j→i), the third alone credited 0 (TAG, Fifty et al. 2021)
    Path dir = onFx(() -> fx.session().dirProperty().get());
    double[][] z = RunReader.manifest(dir.resolve("equal/seed-5")).affinity().values();
    List<String> tasks = List.of("y1", "y2", "y3");
    int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < pairs.length; p++) {
      double s = nan0(z[pairs[p][0]][pairs[p][1]]) + nan0(z[pairs[p][1]][pairs[p][0]]);
      if (s > bestScore) {
        bestScore = s;
        best = p;
      }
    }
    int a = pairs[best][0];
    int b = pairs[best][1];
    int alone = 3 - a - b;
    String pair = "{" + tasks.get(a) + ", " + tasks.get(b) + "}";
    String single = "{" + tasks.get(alone) + "}";
    String expected = "2 groups: " + (alone < a ? single + " | " + pair : pair + " | " + single)
        + " (score " + Numbers.significant(bestScore, 3) + ")";
    StudyAffinityPane pane = fx.robot.lookup("#studyAffinityPane").query();
    // three tasks split into three is each alone, nothing to suggest: only the 2-group split is listed
    assertThat(onFx(pane::groupings)).containsExactly(expected);
  }

  private static double nan0(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
