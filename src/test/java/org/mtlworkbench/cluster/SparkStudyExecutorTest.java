package org.mtlworkbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.train.RunStatus;

/** Runs of a study as Spark tasks on {@code local[2]}: one Spark for the class, tiny experiments. */
class SparkStudyExecutorTest {
  private static SparkStudyExecutor spark;

  @BeforeAll
  static void start() {
    spark = SparkStudyExecutor.connect("local[2]", "executor test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  static String experiment(String data, String strategy, long seed, int epochs) {
    return """
        {
          "schemaVersion": 1,
          "name": "cluster test",
          "data": %s,
          "tasks": [{"target": "y1"}, {"target": "y2"}],
          "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
          "strategy": {"name": "%s"},
          "training": {"epochs": %d, "batchSize": 32, "seed": %d, "threads": 1, "diagnosticsEvery": 1}
        }
        """.formatted(data, strategy, epochs, seed);
  }

  static final String GENERATED =
      "{\"generator\": {\"type\": \"correlated-regression\", \"rows\": 300, \"features\": 6, \"tasks\": 2, \"correlation\": 0.5, \"seed\": 3}}";

  @Test
  void runsComeBackByteForByteAsInProcess(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("experiment");
    Files.createDirectories(data);
    Files.writeString(data.resolve("rows.csv"), csv(200));
    List<ExperimentWork> works = new ArrayList<>();
    for (String strategy : List.of("equal", "pcgrad")) {
      for (long seed : List.of(1L, 2L)) {
        works.add(ExperimentWork.of(strategy + "/seed-" + seed, experiment(GENERATED, strategy, seed, 2), null));
      }
    }
    // CSV data given relative to the experiment's folder: shipped to the executors by Spark
    works.add(ExperimentWork.of("csv/seed-1", experiment("{\"csv\": \"rows.csv\"}", "equal", 1, 2), data));
    assertThat(works.get(4).dataFiles()).containsExactly(data.resolve("rows.csv").toAbsolutePath().toString());

    Path viaSpark = tmp.resolve("spark");
    List<TaskResult> seen = new ArrayList<>();
    SparkStudyExecutor.Outcome outcome = spark.run(works, viaSpark, seen::add);

    assertThat(outcome.stopped()).isFalse();
    assertThat(outcome.results()).isEqualTo(seen);
    assertThat(seen).extracting(TaskResult::key).containsExactlyInAnyOrderElementsOf(works.stream().map(ExperimentWork::key).toList());
    assertThat(seen).allSatisfy(r -> assertThat(r.end().status()).as(r.key() + ": " + r.end().message()).isEqualTo(RunStatus.FINISHED.id()));
    Path inProcess = tmp.resolve("in-process");
    for (ExperimentWork w : works) {
      assertThat(w.run(inProcess, LocalData.SAME_DISK, JobRunner.waiting()).status()).isEqualTo(RunStatus.FINISHED.id());
      Path a = inProcess.resolve(w.dir());
      Path b = viaSpark.resolve(w.dir());
      assertThat(Files.readAllBytes(b.resolve(RunFiles.METRICS))).as(w.dir()).isEqualTo(Files.readAllBytes(a.resolve(RunFiles.METRICS)));
      assertThat(Files.readAllBytes(b.resolve(RunFiles.CONFLICTS))).as(w.dir()).isEqualTo(Files.readAllBytes(a.resolve(RunFiles.CONFLICTS)));
      assertThat(files(b)).isEqualTo(files(a));
    }
    // the lines of metrics.csv hold a full run: 2 epochs of training rows plus validation and test rows
    assertThat(Files.readAllLines(viaSpark.resolve("equal/seed-1").resolve(RunFiles.METRICS)).size()).isGreaterThan(2 * 5 * 2);
    try (var left = Files.list(viaSpark.resolve("equal"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seed-1", "seed-2");
    }
    // local[2] shares this disk: the runs were renamed into place from the hand-over folder, which is gone
    assertThat(SparkTask.handOverFolder(viaSpark)).doesNotExist();
  }

  @Test
  void aFailingRunIsAResultWithItsReasonAndTheOthersFinish(@TempDir Path tmp) throws IOException {
    Path data = tmp.resolve("experiment");
    Files.createDirectories(data);
    Files.writeString(data.resolve("broken.csv"), "x1,x2,y1\n1,2,3\n4,5,6\n");
    List<ExperimentWork> works = List.of(
        ExperimentWork.of("good/seed-1", experiment(GENERATED, "equal", 1, 1), null),
        ExperimentWork.of("bad/seed-1", experiment("{\"csv\": \"broken.csv\"}", "equal", 1, 1), data),
        ExperimentWork.of("good/seed-2", experiment(GENERATED, "equal", 2, 1), null));

    SparkStudyExecutor.Outcome outcome = spark.run(works, tmp.resolve("study"), r -> {});

    Map<String, RunEnd> ends = new TreeMap<>();
    outcome.results().forEach(r -> ends.put(r.key(), r.end()));
    assertThat(ends.get("good/seed-1").status()).isEqualTo(RunStatus.FINISHED.id());
    assertThat(ends.get("good/seed-2").status()).isEqualTo(RunStatus.FINISHED.id());
    RunEnd bad = ends.get("bad/seed-1");
    assertThat(bad.status()).isEqualTo(RunStatus.FAILED.id());
    assertThat(bad.message()).contains("y2").doesNotContain("\n").doesNotContain("\tat ");
    assertThat(tmp.resolve("study/good/seed-2").resolve(RunFiles.METRICS)).isRegularFile();
  }

  @Test
  void cancellingStopsTheRunsStillGoingAndKeepsTheOnesBack(@TempDir Path tmp) throws InterruptedException {
    List<ExperimentWork> works = List.of(
        ExperimentWork.of("quick/seed-1", experiment(GENERATED, "equal", 1, 1), null),
        ExperimentWork.of("long/seed-1", experiment(GENERATED, "equal", 1, 100_000), null),
        ExperimentWork.of("long/seed-2", experiment(GENERATED, "equal", 2, 100_000), null));
    Path study = tmp.resolve("study");

    SparkStudyExecutor.Outcome outcome = spark.run(works, study, r -> spark.cancel());

    assertThat(outcome.stopped()).isTrue();
    Map<String, RunEnd> ends = new TreeMap<>();
    outcome.results().forEach(r -> ends.put(r.key(), r.end()));
    assertThat(ends.get("quick/seed-1").status()).isEqualTo(RunStatus.FINISHED.id());
    assertThat(ends.get("long/seed-1").status()).isEqualTo(RunStatus.STOPPED.id());
    assertThat(ends.get("long/seed-2").status()).isEqualTo(RunStatus.STOPPED.id());
    assertThat(study.resolve("quick/seed-1").resolve(RunFiles.METRICS)).isRegularFile();
    assertThat(study.resolve("long")).doesNotExist();
    // the stopped tasks clean up after themselves once they have stopped, which may be after the driver returned
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (Files.exists(SparkTask.handOverFolder(study)) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(SparkTask.handOverFolder(study)).doesNotExist();
  }

  @Test
  void aMasterThatIsNoUrlOrDoesNotAnswerIsOneLine() {
    assertThatThrownBy(() -> SparkStudyExecutor.connect("lokal[2]", "t")).isInstanceOf(InputException.class)
        .hasMessageStartingWith("Spark master lokal[2]: not a master URL").hasMessageNotContaining("\n");
    // port 1 on this machine: nothing listens there
    assertThatThrownBy(() -> SparkStudyExecutor.connect("spark://127.0.0.1:1", "t")).isInstanceOf(InputException.class)
        .hasMessageStartingWith("Spark master spark://127.0.0.1:1: cannot reach it (127.0.0.1:1: ").hasMessageNotContaining("\n");
  }

  /** Relative path → size, of every file under a folder. */
  private static Map<String, Long> files(Path dir) throws IOException {
    Map<String, Long> m = new TreeMap<>();
    try (var all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), p.getFileName().toString().equals(RunFiles.MANIFEST) ? -1 : Files.size(p));
      }
    }
    return m;
  }

  static String csv(int rows) {
    StringBuilder b = new StringBuilder("x1,x2,x3,y1,y2\n");
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < rows; i++) {
      double x1 = r.nextGaussian(), x2 = r.nextGaussian(), x3 = r.nextGaussian();
      b.append(x1).append(',').append(x2).append(',').append(x3).append(',')
          .append(x1 + 0.5 * x2 + 0.1 * r.nextGaussian()).append(',').append(x1 - x3 + 0.1 * r.nextGaussian()).append('\n');
    }
    return b.toString();
  }
}
