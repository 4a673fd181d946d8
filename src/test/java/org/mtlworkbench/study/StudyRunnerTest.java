package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.TransferRow;

/**
 * A study of 2 strategies × 2 seeds on a small generated dataset, run in this process: what it
 * writes, what its results say (checked against numbers worked out here from the run
 * directories), that it resumes without redoing anything, that a run can be repeated elsewhere
 * byte for byte, and that a failing run is reported while the others finish.
 */
class StudyRunnerTest {
  private static final String EXPERIMENT = """
      {"schemaVersion": 1, "name": "runner test",
       "data": {"generator": {"type": "correlated-regression", "rows": 600, "features": 8, "tasks": 2, "correlation": 0.5, "seed": 3}},
       "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
       "training": {"epochs": 2, "batchSize": 64, "seed": 5, "affinityEvery": 3}%s}""";

  @TempDir Path dir;

  private PreparedStudy study(List<String> strategies, String strategy) {
    var e = ExperimentFiles.parse(EXPERIMENT.formatted(strategy), "exp.json");
    return PreparedStudy.of(Study.of(e, dir, strategies, List.of(), 2, true, true), null);
  }

  /** Records what a study tells its listener. */
  private static final class Events implements StudyListener {
    final List<StudyProgress> started = new ArrayList<>();
    final List<PlannedRun> runs = new ArrayList<>();
    final List<StudyProgress> ended = new ArrayList<>();
    StudyOutcome outcome;

    @Override
    public void started(StudyProgress p) {
      started.add(p);
    }

    @Override
    public void runStarted(PlannedRun run, StudyProgress p) {
      runs.add(run);
    }

    @Override
    public void runEnded(RunRecord r, StudyProgress p) {
      ended.add(p);
    }

    @Override
    public void ended(StudyOutcome o) {
      outcome = o;
    }
  }

  private static double metric(RunManifest m, String task) {
    return m.finalMetrics().get(RunFiles.TEST).get(task).get("mse");
  }

  @Test
  void aStudyOfTwoStrategiesAndTwoSeedsRunsResumesAndRepeats() throws Exception {
    PreparedStudy study = study(List.of("equal", "pcgrad"), "");
    Path out = dir.resolve("study");
    Events events = new Events();
    StudyOutcome outcome = new StudyRunner(study, out, JobRunner.waiting(), events).run();

    assertThat(outcome.allFinished()).as(outcome.problems().toString()).isTrue();
    // 2 tasks × 2 seeds baselines, then 2 strategies × 2 seeds
    assertThat(events.runs).extracting(PlannedRun::dir).containsExactly("baselines/y1/seed-5", "baselines/y2/seed-5",
        "baselines/y1/seed-6", "baselines/y2/seed-6", "equal/seed-5", "equal/seed-6", "pcgrad/seed-5", "pcgrad/seed-6");
    assertThat(events.started).singleElement().satisfies(p -> assertThat(p.done()).isZero());
    assertThat(events.ended).extracting(StudyProgress::done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(events.ended.get(0).etaSeconds()).isPositive();
    assertThat(events.ended.get(7).remaining()).isZero();
    assertThat(out.resolve("pcgrad/seed-6/experiment.json")).exists();
    try (var hidden = Files.list(out.resolve("pcgrad"))) {
      assertThat(hidden).noneMatch(p -> p.getFileName().toString().startsWith("."));
    }

    // the results, against numbers worked out here from the run directories
    StudyResults results = outcome.results();
    assertThat(results.split()).isEqualTo("test");
    double[][] mtl = new double[2][2]; // [strategy][seed] for y1
    for (int s = 0; s < 2; s++) {
      for (int seed = 0; seed < 2; seed++) {
        mtl[s][seed] = metric(RunReader.manifest(out.resolve(List.of("equal", "pcgrad").get(s) + "/seed-" + (5 + seed))), "y1");
      }
    }
    double[] stl = {metric(RunReader.manifest(out.resolve("baselines/y1/seed-5")), "y1"),
        metric(RunReader.manifest(out.resolve("baselines/y1/seed-6")), "y1")};
    for (int s = 0; s < 2; s++) {
      StudyResults.TaskResult y1 = results.groups().get(s).tasks().get(0);
      assertThat(y1.mean()).isCloseTo((mtl[s][0] + mtl[s][1]) / 2, within(1e-12));
      assertThat(y1.std()).isCloseTo(Math.abs(mtl[s][0] - mtl[s][1]) / Math.sqrt(2), within(1e-12));
      TransferRow t = y1.transfer();
      // Δ_k for a loss-like metric: (stl − mtl) / stl, seed by seed (positive = multi-task better)
      assertThat(t.delta().get(0)).isCloseTo((stl[0] - mtl[s][0]) / stl[0], within(1e-12));
      assertThat(t.delta().get(1)).isCloseTo((stl[1] - mtl[s][1]) / stl[1], within(1e-12));
      assertThat(t.pValue()).isCloseTo(new TTest().tTest(mtl[s], stl), within(1e-12));
    }
    int better = (mtl[0][0] + mtl[0][1]) <= (mtl[1][0] + mtl[1][1]) ? 0 : 1;
    assertThat(results.groups().get(better).tasks().get(0).best()).isTrue();
    assertThat(results.groups().get(1 - better).tasks().get(0).best()).isFalse();
    StudyResults.Answer y1 = results.answers().get(0);
    assertThat(y1.best()).isEqualTo(List.of("equal", "pcgrad").get(better));
    assertThat(y1.pVsRunnerUp()).isCloseTo(new TTest().tTest(mtl[better], mtl[1 - better]), within(1e-12));
    assertThat(StudyWording.answer(y1)).startsWith("y1 (mse, lower is better): " + y1.best() + " is best with ");

    // the study's affinity: every hard-sharing run's matrix, weighted by its measurements
    AffinityReport pooled = results.affinity().get(0).report();
    double sum = 0;
    int n = 0;
    for (String run : List.of("equal/seed-5", "equal/seed-6", "pcgrad/seed-5", "pcgrad/seed-6")) {
      AffinityReport a = RunReader.manifest(out.resolve(run)).affinity();
      sum += a.values()[0][1] * a.measurements();
      n += a.measurements();
    }
    assertThat(pooled.measurements()).isEqualTo(n);
    assertThat(pooled.values()[0][1]).isCloseTo(sum / n, within(1e-12));
    assertThat(pooled.groupings()).isEmpty(); // two tasks: no split into 2 or 3 groups beyond "each alone"
    assertThat(out.resolve(StudyDirectory.AFFINITY)).exists();

    // resumed: nothing is run again and the summary is the same, byte for byte
    String summary = Files.readString(out.resolve(SweepSummaryWriter.CSV));
    AtomicInteger jobs = new AtomicInteger();
    JobRunner counting = (job, listeners) -> {
      jobs.incrementAndGet();
      return JobRunner.waiting().run(job, listeners);
    };
    Events again = new Events();
    StudyOutcome resumed = new StudyRunner(study, out, counting, again).run();
    assertThat(jobs).hasValue(0);
    assertThat(again.started.get(0).done()).isEqualTo(8);
    assertThat(resumed.allFinished()).isTrue();
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.CSV))).isEqualTo(summary);

    // one planned run repeated in another folder: the same metrics.csv, byte for byte
    Path elsewhere = dir.resolve("elsewhere");
    RunRecord r = StudyRuns.run(study, RunKey.multiTask("pcgrad", Sharing.HARD, 6), elsewhere, JobRunner.waiting(), List.of());
    assertThat(r.finished()).isTrue();
    assertThat(Files.readAllBytes(elsewhere.resolve("pcgrad/seed-6/metrics.csv")))
        .isEqualTo(Files.readAllBytes(out.resolve("pcgrad/seed-6/metrics.csv")));
    RunRecord b = StudyRuns.run(study, RunKey.baseline("y2", Sharing.HARD, 5), elsewhere, JobRunner.waiting(), List.of());
    assertThat(b.finished()).isTrue();
    assertThat(Files.readAllBytes(elsewhere.resolve("baselines/y2/seed-5/metrics.csv")))
        .isEqualTo(Files.readAllBytes(out.resolve("baselines/y2/seed-5/metrics.csv")));
  }

  @Test
  void aRunThatDivergesIsReportedWithItsReasonWhileTheOthersFinish() throws Exception {
    // under plain SGD, "static" with an absurd weight on y1 takes steps a million times too long and
    // blows the loss up; "equal" ignores the weights
    PreparedStudy study = study(List.of("static", "equal"), ", \"optimizer\": {\"type\": \"sgd\", \"learningRate\": 0.01},"
        + " \"strategy\": {\"name\": \"static\", \"weights\": {\"y1\": 1e6}}");
    Path out = dir.resolve("failing");
    StudyOutcome outcome = new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {}).run();
    assertThat(outcome.allFinished()).isFalse();
    assertThat(outcome.cancelled()).isFalse();
    assertThat(outcome.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("static · hard · seed ").contains(": diverged: "));
    StudyResults.Group equal = outcome.results().group("equal", "hard");
    assertThat(equal.allFinished()).isTrue();
    assertThat(equal.finished()).hasSize(2);
    StudyResults.Group stat = outcome.results().group("static", "hard");
    assertThat(stat.status()).isEqualTo("diverged");
    assertThat(stat.message()).startsWith("seed 5: ").contains("diverged");
    List<String> csv = Files.readAllLines(out.resolve(SweepSummaryWriter.CSV));
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("static,hard,diverged,,,0,").contains("seed 5: "));
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("equal,hard,finished,y1,mse,2,"));
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.MARKDOWN))).contains("## Runs that did not finish")
        .contains("- static · hard · seed 6: diverged: ");
    // a diverged run is complete (it would diverge again): a resumed study does not redo it
    AtomicInteger jobs = new AtomicInteger();
    new StudyRunner(study, out, (job, l) -> {
      jobs.incrementAndGet();
      return JobRunner.waiting().run(job, l);
    }, new StudyListener() {}).run();
    assertThat(jobs).hasValue(0);
  }

  @Test
  void aCancelledStudyKeepsItsCompleteRunsAndResumesToTheSameSummary() throws Exception {
    PreparedStudy study = study(List.of("equal"), "");
    Path out = dir.resolve("cancelled");
    StudyRunner[] runner = new StudyRunner[1];
    runner[0] = new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {
      @Override
      public void runEnded(RunRecord r, StudyProgress p) {
        if (p.done() == 3) {
          runner[0].cancel();
        }
      }
    });
    StudyOutcome first = runner[0].run();
    assertThat(first.cancelled()).isTrue();
    assertThat(first.progress().done()).isEqualTo(3);
    assertThat(StudyLedger.read(out.resolve(StudyDirectory.PROGRESS)).runs()).hasSize(3);
    Events events = new Events();
    StudyOutcome second = new StudyRunner(study, out, JobRunner.waiting(), events).run();
    assertThat(events.runs).extracting(PlannedRun::dir).containsExactly("baselines/y2/seed-6", "equal/seed-5", "equal/seed-6");
    assertThat(second.allFinished()).isTrue();

    Path straight = dir.resolve("straight");
    new StudyRunner(study, straight, JobRunner.waiting(), new StudyListener() {}).run();
    assertThat(withoutWallTimes(out)).isEqualTo(withoutWallTimes(straight));
  }

  @Test
  void aStudyPausedAndThenStoppedMidRunKeepsWhatWasCompleteAndSaysCancelled() throws Exception {
    PreparedStudy study = study(List.of("equal"), "");
    Path out = dir.resolve("stopped");
    org.mtlworkbench.run.ControlledJobRunner control = new org.mtlworkbench.run.ControlledJobRunner();
    java.util.concurrent.CountDownLatch inThirdRun = new java.util.concurrent.CountDownLatch(1);
    StudyOutcome[] outcome = new StudyOutcome[1];
    Thread t = new Thread(() -> outcome[0] = new StudyRunner(study, out, control, new StudyListener() {
      @Override
      public List<org.mtlworkbench.train.TrainingListener> trainingListeners(PlannedRun run) {
        return run.dir().equals("baselines/y1/seed-6") ? List.of(new org.mtlworkbench.train.TrainingListener() {
          @Override
          public void onStep(org.mtlworkbench.train.StepRecord r) {
            if (r.step() == 3) {
              control.pause(); // the window's pause, from the training thread here for a deterministic moment
              inThirdRun.countDown();
            }
          }
        }) : List.of();
      }
    }).run());
    t.start();
    assertThat(inThirdRun.await(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);
    assertThat(t.isAlive()).as("paused, not ended").isTrue();
    assertThat(control.isPaused()).isTrue();
    control.stop();
    t.join(60_000);
    assertThat(outcome[0].cancelled()).isTrue();
    assertThat(outcome[0].progress().done()).isEqualTo(2);
    assertThat(out.resolve("baselines/y1/seed-6")).doesNotExist();
    assertThat(out.resolve("baselines/.seed-6.partial")).doesNotExist();
    assertThat(out.resolve("baselines/y1/.seed-6.partial/metrics.csv")).exists(); // left for the next attempt to replace
    assertThat(StudyLedger.read(out.resolve(StudyDirectory.PROGRESS)).record(RunKey.baseline("y1", Sharing.HARD, 6)).status())
        .isEqualTo("stopped");
  }

  /** summary.csv without the wall-time columns (the only ones that differ between two runs of a study). */
  static List<String> withoutWallTimes(Path studyDir) throws Exception {
    int from = SweepSummaryWriter.HEADER.indexOf("wall_seconds_mean");
    return Files.readAllLines(studyDir.resolve(SweepSummaryWriter.CSV)).stream().map(l -> {
      String[] c = l.split(",", -1);
      c[from] = "";
      c[from + 1] = "";
      return String.join(",", c);
    }).toList();
  }
}
