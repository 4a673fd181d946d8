package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.study.ParallelRuns;
import org.mtlworkbench.study.PlannedRun;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyListener;
import org.mtlworkbench.study.StudyOutcome;
import org.mtlworkbench.study.StudyRunner;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * Studies whose runs are Spark tasks on {@code local[2]} (one Spark for the class), against the
 * same studies run in this process: the same run directories byte for byte, a diverging run
 * reported while the others finish, and a resumed study that sends only what is not complete.
 */
class SparkStudyTest {
  private static SparkRuns spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkRuns.connect("local[2]", "study test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  private static final String EXPERIMENT = """
      {"schemaVersion": 1, "name": "spark study test",
       "data": %s,
       "tasks": [{"target": "y1"}, {"target": "y2"}],
       "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
       "training": {"epochs": 2, "batchSize": 32, "seed": 5, "diagnosticsEvery": 1}%s}""";

  private static final String GENERATED = "{\"generator\": {\"type\": \"correlated-regression\", \"rows\": 400, \"features\": 6,"
      + " \"tasks\": 2, \"correlation\": 0.5, \"seed\": 3}}";

  private PreparedStudy study(String data, List<String> strategies, String extra) {
    var e = ExperimentFiles.parse(EXPERIMENT.formatted(data, extra), "exp.json");
    return PreparedStudy.of(Study.of(e, dir.resolve("experiment"), strategies, List.of(), 2, true, false), null);
  }

  /** Counts what the study runner sends to Spark. */
  private static final class Counting implements ParallelRuns {
    final List<String> sent = new ArrayList<>();

    @Override
    public int parallelism() {
      return spark.parallelism();
    }

    @Override
    public void run(PreparedStudy study, List<PlannedRun> runs, Path d, Consumer<RunRecord> ended) {
      runs.forEach(r -> sent.add(r.dir()));
      spark.run(study, runs, d, ended);
    }

    @Override
    public void cancel() {
      spark.cancel();
    }
  }

  @Test
  void twoStrategiesTimesTwoSeedsOnSparkAreTheInProcessRunsByteForByte() throws IOException {
    Files.createDirectories(dir.resolve("experiment"));
    Files.writeString(dir.resolve("experiment/rows.csv"), SparkStudyExecutorTest.csv(300));
    PreparedStudy study = study("{\"csv\": \"rows.csv\"}", List.of("equal", "pcgrad"), "");
    Path here = dir.resolve("in-process");
    Path there = dir.resolve("spark");
    StudyOutcome a = new StudyRunner(study, here, JobRunner.waiting(), new StudyListener() {}).run();
    Counting counting = new Counting();
    StudyOutcome b = new StudyRunner(study, there, JobRunner.waiting(), new StudyListener() {}).runningIn(counting).run();

    assertThat(a.allFinished()).isTrue();
    assertThat(b.allFinished()).as(String.join("; ", b.problems())).isTrue();
    List<PlannedRun> plan = study.plan().runs();
    assertThat(plan).hasSize(2 * 2 + 2 * 2); // strategies × seeds, and each task's baseline per seed
    assertThat(counting.sent).containsExactlyInAnyOrderElementsOf(plan.stream().map(PlannedRun::dir).toList());
    for (PlannedRun p : plan) {
      for (String file : List.of(RunFiles.METRICS, RunFiles.CONFLICTS, RunFiles.EXPERIMENT)) {
        assertThat(there.resolve(p.dir()).resolve(file)).as(p.dir() + "/" + file).hasSameBinaryContentAs(here.resolve(p.dir()).resolve(file));
      }
      // run.json names the driver's data file and study folder, as the in-process run's does
      var m = RunReader.manifest(there.resolve(p.dir()));
      assertThat(m.experiment().data().csv()).isEqualTo(dir.resolve("experiment/rows.csv").toString());
      assertThat(Files.readString(there.resolve(p.dir()).resolve(RunFiles.MANIFEST))).doesNotContain("mtl-workbench-run-")
          .doesNotContain("userFiles-").contains(there.toString());
    }
    // the summaries agree in everything but the wall time
    assertThat(withoutWallTime(there)).isEqualTo(withoutWallTime(here)).hasSize(2 * 2); // strategy × task
    try (var left = Files.list(there)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void aRunThatDivergesIsReportedWithItsReasonWhileTheOthersFinish() throws IOException {
    // as in StudyRunnerTest: under plain SGD, "static" with an absurd weight on y1 diverges; "equal" ignores the weights
    PreparedStudy study = study(GENERATED, List.of("static", "equal"),
        ", \"optimizer\": {\"type\": \"sgd\", \"learningRate\": 0.01}, \"strategy\": {\"name\": \"static\", \"weights\": {\"y1\": 1e6}}");
    Path out = dir.resolve("study");
    StudyOutcome outcome = new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {}).runningIn(new Counting()).run();

    assertThat(outcome.cancelled()).isFalse();
    assertThat(outcome.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("static · hard · seed ").contains(": diverged: "));
    assertThat(outcome.results().group("equal", "hard").finished()).hasSize(2);
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.MARKDOWN))).contains("- static · hard · seed 6: diverged: ");
  }

  @Test
  void aCancelledStudyKeepsItsCompleteRunsAndTheResumeSendsOnlyTheOthers() throws IOException {
    // runs of about a thousand steps: long enough that the runs not yet started are still waiting when
    // the first is back (with the 400-row data an idle machine finished all six before the cancel)
    PreparedStudy study = study(GENERATED.replace("\"rows\": 400", "\"rows\": 20000"), List.of("equal"), "");
    Path out = dir.resolve("study");
    StudyRunner[] first = new StudyRunner[1];
    first[0] = new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {
      @Override
      public void runEnded(RunRecord r, org.mtlworkbench.study.StudyProgress p) {
        first[0].cancel(); // Ctrl+C after the first run is back
      }
    }).runningIn(new Counting());
    StudyOutcome cancelled = first[0].run();

    assertThat(cancelled.cancelled()).isTrue();
    List<String> complete = study.plan().runs().stream().map(PlannedRun::dir)
        .filter(d -> Files.isRegularFile(out.resolve(d).resolve(RunFiles.MANIFEST))).toList();
    assertThat(complete).hasSize(cancelled.progress().done()).isNotEmpty().hasSizeLessThan(study.plan().runs().size());
    Counting resumed = new Counting();
    StudyOutcome second = new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {}).runningIn(resumed).run();
    assertThat(second.allFinished()).isTrue();
    assertThat(resumed.sent).hasSize(study.plan().runs().size() - complete.size()).doesNotContainAnyElementsOf(complete);
    Counting third = new Counting();
    new StudyRunner(study, out, JobRunner.waiting(), new StudyListener() {}).runningIn(third).run();
    assertThat(third.sent).isEmpty();
  }

  @Test
  void aGroupedStudyOnSparkTrainsTheGroupsAsInProcess() throws IOException {
    // three tasks, the grouping {y1, y2} | {y3}: the pair trained as its own model, y3 alone by its baseline
    var e = ExperimentFiles.parse(EXPERIMENT.formatted(GENERATED.replace("\"tasks\": 2", "\"tasks\": 3"), "")
        .replace("{\"target\": \"y2\"}]", "{\"target\": \"y2\"}, {\"target\": \"y3\"}]"), "exp.json");
    Study grouped = Study.of(e, dir, List.of("pcgrad"), List.of(), 1, false, false)
        .withGroups(List.of(List.of("y1", "y2"), List.of("y3")));
    PreparedStudy study = PreparedStudy.of(grouped, null);
    Path here = dir.resolve("in-process");
    Path there = dir.resolve("spark");
    new StudyRunner(study, here, JobRunner.waiting(), new StudyListener() {}).run();
    Counting counting = new Counting();
    StudyOutcome b = new StudyRunner(study, there, JobRunner.waiting(), new StudyListener() {}).runningIn(counting).run();

    assertThat(b.allFinished()).as(String.join("; ", b.problems())).isTrue();
    assertThat(counting.sent).containsExactlyInAnyOrder("baselines/y3/seed-5", "pcgrad/seed-5", "groups/pcgrad/y1+y2/seed-5");
    assertThat(there.resolve("groups/pcgrad/y1+y2/seed-5").resolve(RunFiles.METRICS))
        .hasSameBinaryContentAs(here.resolve("groups/pcgrad/y1+y2/seed-5").resolve(RunFiles.METRICS));
    assertThat(b.results().grouped("pcgrad", "hard").finished()).hasSize(1);
    // together and grouped, three tasks each, the same as in this process but for the wall time
    assertThat(withoutWallTime(there)).isEqualTo(withoutWallTime(here)).hasSize(2 * 3);
  }

  /** summary.csv's rows without the wall-time columns. */
  private static List<List<String>> withoutWallTime(Path study) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(study.resolve(SweepSummaryWriter.CSV)))) {
      for (CSVRecord r : parser) {
        List<String> row = new ArrayList<>(r.toMap().entrySet().stream().filter(e -> !e.getKey().startsWith("wall_seconds"))
            .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        rows.add(row);
      }
    }
    return rows;
  }
}
