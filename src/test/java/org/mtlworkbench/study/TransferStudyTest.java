package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.data.CorrelatedRegressionGenerator;
import org.mtlworkbench.data.CsvDatasetWriter;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.TransferVerdict;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;

/**
 * Baselines end to end. The decisive check: under soft sharing with λ = 0 the towers are
 * independent single-task models, so a baseline that really sees the same rows, split, features,
 * label budget, batches and initial values must reproduce each task's multi-task curve exactly,
 * and every Δ_k must be exactly 0.
 */
class TransferStudyTest {
  @TempDir Path dir;

  private Path experiment(String sharing) throws Exception {
    CsvDatasetWriter.write(new CorrelatedRegressionGenerator(6, 2, 0.5, 3).generate(400), dir.resolve("d.csv"), 6);
    // features left implicit: a baseline that forgot to pin them would read y2 as a feature
    String json = """
        {"schemaVersion": 1, "name": "study",
         "data": {"csv": "d.csv"},
         "tasks": [{"target": "y1"}, {"target": "y2", "labelBudget": 60}],
         "model": {"sharing": "%s", "soft": {"lambda": 0}, "backbone": [{"units": 8, "dropout": 0.1}], "head": [{"units": 4}]},
         "training": {"epochs": 2, "batchSize": 32, "seed": 4}}
        """.formatted(sharing);
    Path p = dir.resolve("exp.json");
    Files.writeString(p, json);
    return p;
  }

  private final List<TransferStudy.Result> partials = new ArrayList<>();

  private TransferStudy.Result study(Path exp, Path out, BaselineCache cache, List<String> log, int seeds) {
    ExperimentSpec spec = ExperimentFiles.read(exp);
    TransferStudy.Plan plan = new TransferStudy.Plan(spec, dir, exp, TransferStudy.Plan.seeds(4, seeds),
        s -> out.resolve("seed-" + s), (sp, d) -> "test");
    BaselineRunner baselines = new BaselineRunner(cache, JobRunner.waiting(), log::add);
    return new TransferStudy(JobRunner.waiting(), baselines, log::add).run(plan, partials::add);
  }

  @Test
  void softSharingWithLambdaZeroEqualsItsBaselinesExactly() throws Exception {
    Path exp = experiment("soft");
    BaselineCache cache = new BaselineCache(dir.resolve("cache"));
    List<String> log = new ArrayList<>();
    TransferStudy.Result r = study(exp, dir.resolve("out"), cache, log, 2);
    assertThat(r.status()).isEqualTo("finished");
    // after the first of two seeds, the study reported where it was
    assertThat(partials).hasSize(1);
    assertThat(partials.get(0).status()).isEqualTo("running");
    assertThat(partials.get(0).runs()).hasSize(1);
    TransferReport t = r.transfer();
    assertThat(t.verdictSplit()).isEqualTo("test");
    assertThat(t.seeds()).containsExactly(4L, 5L);
    for (String split : List.of("test", "validation")) {
      for (TransferRow row : t.splits().get(split).tasks()) {
        assertThat(row.mtl()).as(split + " " + row.task()).isEqualTo(row.stl());
        assertThat(row.delta()).containsExactly(0.0, 0.0);
        assertThat(row.verdict()).isEqualTo(TransferVerdict.NO_SIGNIFICANT_DIFFERENCE);
        assertThat(row.pValue()).isEqualTo(1.0);
      }
      assertThat(t.splits().get(split).deltaMMean()).isZero();
    }
    // the training curves agree row by row (loss column), not only the final metrics
    Path baselineY2 = Path.of(t.baselines().stream().filter(b -> b.task().equals("y2") && b.seed() == 5).findFirst().orElseThrow().dir());
    assertThat(lossColumn(baselineY2.resolve("metrics.csv"), "y2")).hasSize(2 * 10 + 2 + 1)
        .isEqualTo(lossColumn(dir.resolve("out/seed-5/metrics.csv"), "y2"));
    // each seed's run.json carries its own comparison and findings
    RunManifest m = RunReader.manifest(dir.resolve("out/seed-4"));
    assertThat(m.transfer().seeds()).containsExactly(4L);
    assertThat(m.findings()).extracting(Finding::kind).contains(Finding.TRANSFER_ONE_SEED);
    assertThat(r.findings()).extracting(Finding::kind)
        .containsExactly(Finding.NO_SIGNIFICANT_DIFFERENCE, Finding.NO_SIGNIFICANT_DIFFERENCE, Finding.TRANSFER_OVERALL);
    // the baseline folder holds a re-runnable experiment with the pinned features
    ExperimentSpec stl = ExperimentFiles.read(baselineY2.resolve("experiment.json"));
    assertThat(stl.data().features()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6");
    assertThat(log).anyMatch(l -> l.contains("training")).noneMatch(l -> l.contains("cached"));

    // a second study with the same spec and seeds reuses all four baselines
    List<String> again = new ArrayList<>();
    TransferStudy.Result r2 = study(exp, dir.resolve("out2"), cache, again, 2);
    assertThat(r2.transfer().baselines()).allMatch(BaselineRef::cached).hasSize(4);
    assertThat(again.stream().filter(l -> l.contains("cached"))).hasSize(4);
    assertThat(r2.transfer().splits().get("test").tasks().get(0).stl()).isEqualTo(t.splits().get("test").tasks().get(0).stl());
    try (var entries = Files.list(cache.root())) {
      assertThat(entries.filter(p -> !p.getFileName().toString().startsWith(".tmp"))).hasSize(4);
    }
  }

  @Test
  void hardSharingBaselineStartsFromTheSameInitialLoss() throws Exception {
    // under hard sharing the runs differ, but before the first update they are the same network
    // on the same batch: the first training loss of each task equals its baseline's
    Path exp = experiment("hard");
    TransferStudy.Result r = study(exp, dir.resolve("out"), new BaselineCache(dir.resolve("cache")), new ArrayList<>(), 1);
    assertThat(r.finished()).isTrue();
    for (BaselineRef b : r.transfer().baselines()) {
      String first = lossColumn(Path.of(b.dir()).resolve("metrics.csv"), b.task()).get(0);
      assertThat(lossColumn(dir.resolve("out/seed-4/metrics.csv"), b.task()).get(0)).isEqualTo(first);
    }
    assertThat(r.transfer().verdictTable().tasks()).allMatch(row -> row.verdict() == TransferVerdict.NOT_TESTED);
  }

  private static List<String> lossColumn(Path metrics, String task) throws Exception {
    return Files.readAllLines(metrics).stream().skip(1).map(l -> l.split(",", -1)).filter(c -> c[2].equals(task))
        .map(c -> c[0] + "," + c[1] + "," + c[3] + "," + c[4]).toList();
  }
}
