package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.TransferRow;

/**
 * A study of 3 tasks that tests the grouping {y1, y2} | {y3}, run in this process (2 seeds, a few
 * hundred rows): the grouped row's numbers are worked out here from the run directories alone —
 * y1 and y2 from the runs of the group y1+y2, y3 from its single-task baseline — and so are its
 * Δ_k, its wall time (the sum of the groups' runs), and the together-against-grouped p-values
 * (a second implementation of Welch's test, commons-math's).
 */
class GroupedResultsTest {
  private static final String EXPERIMENT = """
      {"schemaVersion": 1, "name": "grouped test",
       "data": {"generator": {"type": "correlated-regression", "rows": 400, "features": 6, "tasks": 3, "correlation": 0.5, "seed": 3}},
       "tasks": [{"target": "y1"}, {"target": "y2"}, {"target": "y3"}],
       "model": {"backbone": [{"units": 8}], "head": [{"units": 4}]},
       "training": {"epochs": 2, "batchSize": 64, "seed": 5}}""";
  private static final List<String> TASKS = List.of("y1", "y2", "y3");

  @TempDir Path dir;

  private static double mse(Path run, String task) {
    return RunReader.manifest(run).finalMetrics().get(RunFiles.TEST).get(task).get("mse");
  }

  private static double mean(double[] v) {
    return (v[0] + v[1]) / 2;
  }

  @Test
  void theGroupedRowReadsEachTaskFromItsGroupsRunAndIsComparedLikeTheTogetherRow() throws Exception {
    var e = ExperimentFiles.parse(EXPERIMENT, "exp.json");
    Study study = Study.of(e, dir, List.of("pcgrad"), List.of(), 2, true, false).withGroups(TaskGroups.parse("y1,y2;y3"));
    Path out = dir.resolve("study");
    StudyOutcome outcome = new StudyRunner(PreparedStudy.of(study, null), out, JobRunner.waiting(), new StudyListener() {}).run();
    assertThat(outcome.allFinished()).as(outcome.problems().toString()).isTrue();
    StudyResults r = outcome.results();
    assertThat(r.planned()).isEqualTo(3 * 2 + 2 + 2); // baselines, together, the group y1+y2

    StudyResults.Group together = r.group("pcgrad", "hard");
    StudyResults.Group grouped = r.grouped("pcgrad", "hard");
    assertThat(r.groups()).containsExactly(together, grouped);
    assertThat(grouped.label()).isEqualTo("pcgrad · grouped y1+y2 | y3");
    assertThat(grouped.folder()).isEqualTo("groups/pcgrad");
    assertThat(grouped.allFinished()).isTrue();
    assertThat(grouped.runs()).extracting(RunRecord::dir).containsExactly("groups/pcgrad/y1+y2/seed-5", "baselines/y3/seed-5",
        "groups/pcgrad/y1+y2/seed-6", "baselines/y3/seed-6");

    // every number of the grouped row, from the run directories
    double[][] g = new double[3][2];
    double[][] t = new double[3][2];
    double[][] stl = new double[3][2];
    double[] wall = new double[2];
    for (int s = 0; s < 2; s++) {
      String seed = "seed-" + (5 + s);
      Path pair = out.resolve("groups/pcgrad/y1+y2").resolve(seed);
      Path y3 = out.resolve("baselines/y3").resolve(seed);
      g[0][s] = mse(pair, "y1");
      g[1][s] = mse(pair, "y2");
      g[2][s] = mse(y3, "y3");
      wall[s] = RunReader.manifest(pair).wallSeconds() + RunReader.manifest(y3).wallSeconds();
      for (int k = 0; k < 3; k++) {
        t[k][s] = mse(out.resolve("pcgrad").resolve(seed), TASKS.get(k));
        stl[k][s] = mse(out.resolve("baselines").resolve(TASKS.get(k)).resolve(seed), TASKS.get(k));
      }
    }
    // the group's run trained y1 and y2 only
    RunManifest pairRun = RunReader.manifest(out.resolve("groups/pcgrad/y1+y2/seed-5"));
    assertThat(pairRun.experiment().tasks()).extracting(x -> x.name()).containsExactly("y1", "y2");
    assertThat(pairRun.experiment().strategy().name()).isEqualTo("pcgrad");
    assertThat(pairRun.finalMetrics().get(RunFiles.TEST)).doesNotContainKey("y3");
    for (int k = 0; k < 3; k++) {
      StudyResults.TaskResult x = grouped.tasks().get(k);
      assertThat(x.values()).containsExactly(g[k][0], g[k][1]);
      assertThat(x.mean()).isCloseTo(mean(g[k]), within(1e-12));
      assertThat(x.std()).isCloseTo(Math.abs(g[k][0] - g[k][1]) / Math.sqrt(2), within(1e-12));
      TransferRow tr = x.transfer();
      for (int s = 0; s < 2; s++) {
        assertThat(tr.delta().get(s)).isCloseTo((stl[k][s] - g[k][s]) / stl[k][s], within(1e-12));
      }
    }
    // y3 alone is its baseline: no difference at all
    assertThat(grouped.tasks().get(2).transfer().delta()).hasSize(2).allSatisfy(d -> assertThat(d).isCloseTo(0.0, within(0.0)));
    double[] dm = new double[2];
    for (int s = 0; s < 2; s++) {
      for (int k = 0; k < 3; k++) {
        dm[s] += (stl[k][s] - g[k][s]) / stl[k][s] / 3;
      }
    }
    assertThat(grouped.deltaMMean()).isCloseTo(mean(dm), within(1e-12));
    assertThat(grouped.wallMean()).isCloseTo(mean(wall), within(1e-9));

    // the answer per task: together against grouped, Welch's p from a second implementation
    assertThat(r.groupedAnswers()).hasSize(3);
    for (int k = 0; k < 3; k++) {
      StudyResults.GroupedAnswer a = r.groupedAnswers().get(k);
      assertThat(a.task()).isEqualTo(TASKS.get(k));
      assertThat(a.togetherResult().mean()).isCloseTo(mean(t[k]), within(1e-12));
      assertThat(a.groupedResult().mean()).isCloseTo(mean(g[k]), within(1e-12));
      assertThat(a.p()).isCloseTo(new TTest().tTest(t[k], g[k]), within(1e-12));
      assertThat(a.groupedBetter()).isEqualTo(mean(g[k]) < mean(t[k]));
      assertThat(StudyWording.grouped(a)).startsWith(TASKS.get(k) + " (mse, lower is better) with pcgrad: together ")
          .contains(", grouped ").contains(" over 2 seeds: ").contains("Welch's p = ");
    }
    // best per task takes the grouped row into account
    for (int k = 0; k < 3; k++) {
      boolean groupedBest = mean(g[k]) < mean(t[k]);
      assertThat(grouped.tasks().get(k).best()).isEqualTo(groupedBest);
      assertThat(r.answers().get(k).best()).isEqualTo(groupedBest ? grouped.label() : together.label());
    }

    // summary.csv (numbers of 8 significant digits): the grouped rows, named by their grouping; summary.md: the answer lines
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(Files.readString(out.resolve(
        SweepSummaryWriter.CSV)))).getRecords();
    assertThat(rows).hasSize(6);
    List<CSVRecord> groupedRows = rows.stream().filter(x -> x.get("groups").equals("y1+y2 | y3")).toList();
    assertThat(groupedRows).extracting(x -> x.get("task")).containsExactly("y1", "y2", "y3");
    for (int k = 0; k < 3; k++) {
      assertThat(Double.parseDouble(groupedRows.get(k).get("mtl_mean"))).isCloseTo(mean(g[k]), within(1e-6 * mean(g[k])));
      assertThat(Double.parseDouble(groupedRows.get(k).get("stl_mean"))).isCloseTo(mean(stl[k]), within(1e-6 * mean(stl[k])));
    }
    assertThat(rows.stream().filter(x -> x.get("groups").isEmpty())).hasSize(3);
    assertThat(Files.readString(out.resolve(SweepSummaryWriter.MARKDOWN))).contains("### All tasks together against the grouping")
        .contains("| pcgrad · grouped y1+y2 \\| y3 | y1 | mse |")
        .contains(StudyWording.GROUPED_ROW);
    // and the grouped row's seeds in its own summary.json
    assertThat(StudySummary.read(out.resolve("groups/pcgrad").resolve(StudySummary.FILE)).runs()).hasSize(4);
  }
}
