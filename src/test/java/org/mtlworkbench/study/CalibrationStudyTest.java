package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Calibration;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.run.JobRunner;

/** The calibration study on a tiny staged case: one trial per run and gradient kind, one per seed group, runs reused. */
class CalibrationStudyTest {
  @TempDir Path dir;

  @Test
  void trialsComeFromTheRunsAndFinishedRunsAreReused() throws Exception {
    Path samples = Files.createDirectories(dir.resolve("samples/tiny"));
    Files.writeString(samples.resolve("experiment.json"), """
        {"schemaVersion": 1, "name": "tiny",
         "data": {"generator": {"type": "imbalanced-regression", "rows": 600, "features": 8, "scales": [1, 100], "seed": 3}},
         "tasks": [{"target": "y1"}, {"target": "y2"}],
         "model": {"backbone": [{"units": 16}]},
         "training": {"epochs": 7, "batchSize": 32, "seed": 5}}
        """);
    List<StagedCases.Case> cases = List.of(new StagedCases.Case(
        new Calibration.StagedCase("tiny", Set.of(Finding.IMBALANCE), Set.of(Finding.HARM)), "tiny/experiment.json"));
    Path out = dir.resolve("cal");
    List<String> log = new ArrayList<>();
    CalibrationStudy study = new CalibrationStudy(JobRunner.waiting(), out, log::add);
    List<Calibration.Trial> trials = study.run(dir.resolve("samples"), cases, List.of(1L, 2L, 3L), 2, FindingSettings.DEFAULTS, true);
    // 3 gradient kinds × 3 seeds, and one negative-transfer trial (seeds 1–2; seed 3 makes no full group)
    assertThat(trials).hasSize(10);
    assertThat(trials.stream().filter(t -> t.kind().equals(Finding.NEGATIVE_TRANSFER))).extracting(Calibration.Trial::label)
        .containsExactly("seeds 1–2");
    // y2 has 100× y1's scale: every seed finds the imbalance
    assertThat(trials.stream().filter(t -> t.kind().equals(Finding.IMBALANCE))).allMatch(Calibration.Trial::claimed);
    assertThat(out.resolve("tiny/seed-2/run.json")).exists();
    assertThat(Files.list(out.resolve("baselines")).filter(p -> !p.getFileName().toString().startsWith("."))).hasSize(6);

    FileTime before = Files.getLastModifiedTime(out.resolve("tiny/seed-1/metrics.csv"));
    List<Calibration.Trial> again = new CalibrationStudy(JobRunner.waiting(), out, log::add)
        .run(dir.resolve("samples"), cases, List.of(1L, 2L, 3L), 2, FindingSettings.DEFAULTS, false);
    assertThat(again).isEqualTo(trials);
    assertThat(Files.getLastModifiedTime(out.resolve("tiny/seed-1/metrics.csv"))).isEqualTo(before);

    // the case's experiment edited since: its stored runs no longer count
    Files.writeString(samples.resolve("experiment.json"), Files.readString(samples.resolve("experiment.json"))
        .replace("\"epochs\": 7", "\"epochs\": 8"));
    assertThatThrownBy(() -> study.run(dir.resolve("samples"), cases, List.of(1L), 2, FindingSettings.DEFAULTS, false))
        .isInstanceOf(InputException.class).hasMessageContaining("seed-1: no finished run to score");
    assertThatThrownBy(() -> study.run(dir.resolve("samples"), cases, List.of(9L), 2, FindingSettings.DEFAULTS, false))
        .isInstanceOf(InputException.class).hasMessageContaining("seed-9: no finished run to score");
    assertThatThrownBy(() -> study.run(dir.resolve("nowhere"), cases, List.of(1L), 2, FindingSettings.DEFAULTS, true))
        .isInstanceOf(InputException.class).hasMessageContaining("the experiment of staged case 'tiny' is missing");
  }
}
