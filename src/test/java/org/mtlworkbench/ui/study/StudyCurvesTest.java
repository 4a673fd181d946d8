package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.report.chart.SeedBandChart;
import org.mtlworkbench.store.Series;
import org.mtlworkbench.study.RunKey;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.TaskMetric;

/**
 * The Curves tab's bands from runs kept in memory: which runs are read (finished ones, once each),
 * one band per strategy with a finished run, its mean and sample standard deviation over the
 * seeds worked out by hand, and a fresh start for another study directory.
 */
class StudyCurvesTest {
  private static final Path DIR = Path.of("study-a");

  private static RunRecord run(String strategy, long seed, String status) {
    return new RunRecord(RunKey.multiTask(strategy, Sharing.HARD, seed), strategy + "/seed-" + seed, status, "", 1);
  }

  private static StudyResults.Group group(String strategy, RunRecord... runs) {
    return new StudyResults.Group(strategy, "hard", strategy, strategy, "pending", "", List.of(runs), List.of(), List.of(), null,
        List.of(), null, null, null);
  }

  private static StudyResults results(StudyResults.Group... groups) {
    return new StudyResults("s", List.of(new TaskMetric("y1", "mse")), List.of(5L, 6L), List.of("hard"), false, "test", 4, 3,
        List.of(groups), List.of(), List.of(), List.of(), List.of());
  }

  /** A run whose validation loss of y1 is {@code values} at steps 10, 20, 30. */
  private static RunCurves curves(double... values) {
    Series[] byKind = new Series[CurveKind.values().length];
    Series none = new Series(new long[0], new double[0]);
    java.util.Arrays.fill(byKind, none);
    byKind[CurveKind.VALIDATION_LOSS.ordinal()] = new Series(new long[] {10, 20, 30}, values);
    return new RunCurves(Map.of("y1", byKind));
  }

  @Test
  void finishedRunsAreReadOnceAndFailedOnesAreNot() {
    StudyCurves c = new StudyCurves();
    StudyResults r = results(group("equal", run("equal", 5, "finished"), run("equal", 6, "diverged")),
        group("pcgrad", run("pcgrad", 5, "finished")));
    assertThat(c.toRead(DIR, r)).containsExactly("equal/seed-5", "pcgrad/seed-5");
    assertThat(c.toRead(DIR, r)).isEmpty(); // asked for already
    c.failed(DIR, "pcgrad/seed-5");
    assertThat(c.toRead(DIR, r)).containsExactly("pcgrad/seed-5"); // could not be read: asked for again
    c.add(DIR, "equal/seed-5", curves(1, 2, 3));
    assertThat(c.size()).isEqualTo(1);
    // another study starts afresh; a run read for the one before is not kept
    assertThat(c.toRead(Path.of("study-b"), r)).containsExactly("equal/seed-5", "pcgrad/seed-5");
    assertThat(c.size()).isZero();
    c.add(DIR, "equal/seed-5", curves(1, 2, 3));
    assertThat(c.size()).isZero();
  }

  @Test
  void aBandIsTheMeanAndSampleStdOfAStrategysFinishedSeeds() {
    StudyCurves c = new StudyCurves();
    StudyResults r = results(group("equal", run("equal", 5, "finished"), run("equal", 6, "finished")),
        group("mgda", run("mgda", 5, "failed")), group("pcgrad", run("pcgrad", 5, "finished")));
    c.toRead(DIR, r);
    c.add(DIR, "equal/seed-5", curves(1.0, 4.0, 2.0));
    c.add(DIR, "equal/seed-6", curves(3.0, 4.0, 5.0));
    c.add(DIR, "pcgrad/seed-5", curves(7.0, 6.0, 5.0));

    List<SeedBandChart.Band> bands = c.bands(r, "y1", CurveKind.VALIDATION_LOSS, 8);
    assertThat(bands).extracting(SeedBandChart.Band::name).containsExactly("equal (2 seeds, mean ± std)", "pcgrad (1 seed)");
    // colour: the strategy's place in the plan (mgda, with no finished run, keeps its place 1)
    assertThat(bands).extracting(SeedBandChart.Band::colour).containsExactly(0, 2);
    var equal = bands.get(0).band();
    assertThat(equal.steps()).containsExactly(10, 20, 30);
    // step 10: {1, 3} → mean 2, std √((1 + 1) / 1) = √2; step 20: {4, 4} → 4 ± 0; step 30: {2, 5} → 3.5 ± 1.5·√2
    assertThat(equal.mean()).containsExactly(new double[] {2, 4, 3.5}, within(1e-12));
    assertThat(equal.std()).containsExactly(new double[] {Math.sqrt(2), 0, 1.5 * Math.sqrt(2)}, within(1e-12));
    // one seed: its own curve, a band of no width
    assertThat(bands.get(1).band().mean()).containsExactly(7, 6, 5);
    assertThat(bands.get(1).band().std()).containsExactly(0, 0, 0);
    // a task or a kind the runs lack draws nothing
    assertThat(c.bands(r, "y1", CurveKind.TRAINING_LOSS, 8)).isEmpty();
    assertThat(c.bands(r, "y9", CurveKind.VALIDATION_LOSS, 8)).isEmpty();
  }

  @Test
  void pastThePalettesColoursABandIsDashed() {
    StudyCurves c = new StudyCurves();
    StudyResults r = results(group("equal", run("equal", 5, "finished")), group("pcgrad", run("pcgrad", 5, "finished")),
        group("mgda", run("mgda", 5, "finished")));
    c.toRead(DIR, r);
    for (String s : List.of("equal", "pcgrad", "mgda")) {
      c.add(DIR, s + "/seed-5", curves(1, 2, 3));
    }
    assertThat(c.bands(r, "y1", CurveKind.VALIDATION_LOSS, 2)).extracting(SeedBandChart.Band::dashed)
        .containsExactly(false, false, true);
  }
}
