package org.mtlworkbench.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/** What a single-task baseline is made of, and when two baselines are the same for the cache. */
class BaselineSpecsTest {
  @TempDir Path dir;

  private ExperimentSpec csvExperiment() {
    return ExperimentFiles.parse("""
        {"schemaVersion": 1, "name": "mine",
         "data": {"csv": "d.csv"},
         "tasks": [{"target": "y1"}, {"target": "y2", "labelBudget": 20}],
         "model": {"backbone": [{"units": 8}]},
         "training": {"epochs": 2, "seed": 9, "diagnosticsEvery": 3, "affinityEvery": 4},
         "strategy": {"name": "static", "weights": {"y1": 2.0}}}
        """, "t");
  }

  @Test
  void affinityEveryIsReadAndMisspellingsAreNamed() {
    assertThat(csvExperiment().training().affinityEvery()).isEqualTo(4);
    assertThat(ExperimentFiles.parse("{\"schemaVersion\": 1, \"data\": {\"csv\": \"d.csv\"}, \"tasks\": [{\"target\": \"y\"}]}", "t")
        .training().affinityEvery()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentFiles.parse(
            "{\"schemaVersion\": 1, \"data\": {\"csv\": \"d.csv\"}, \"tasks\": [{\"target\": \"y\"}], \"training\": {\"affinityEvry\": 2}}", "t"))
        .hasMessageContaining("unknown field 'training.affinityEvry'").hasMessageContaining("affinityEvery");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentFiles.parse(
            "{\"schemaVersion\": 1, \"data\": {\"csv\": \"d.csv\"}, \"tasks\": [{\"target\": \"y\"}], \"training\": {\"affinityEvery\": -1}}", "t"))
        .hasMessageContaining("training.affinityEvery must be ≥ 0");
  }

  @Test
  void keepsOneTaskAndPinsTheData() {
    ExperimentSpec stl = BaselineSpecs.forTask(csvExperiment(), 1, dir, List.of("a", "b"));
    assertThat(stl.tasks()).hasSize(1);
    assertThat(stl.tasks().get(0).target()).isEqualTo("y2");
    assertThat(stl.tasks().get(0).labelBudget()).isEqualTo(20);
    // the other task's target must not become a feature: the features are listed
    assertThat(stl.data().features()).containsExactly("a", "b");
    assertThat(Path.of(stl.data().csv())).isEqualTo(dir.resolve("d.csv").toAbsolutePath().normalize());
    assertThat(stl.strategy().name()).isEqualTo("equal");
    assertThat(stl.strategy().weights()).isEmpty();
    assertThat(stl.training().seed()).isEqualTo(9L);
    assertThat(stl.training().epochs()).isEqualTo(2);
    assertThat(stl.training().affinityEvery()).isZero();
    assertThat(stl.model()).isEqualTo(csvExperiment().model());
  }

  @Test
  void theKeyFollowsWhatChangesTheRunAndIgnoresWhatDoesNot() throws Exception {
    Files.writeString(dir.resolve("d.csv"), "a,b,y1,y2\n1,2,3,4\n");
    ExperimentSpec mtl = csvExperiment();
    String key = BaselineKey.of(BaselineSpecs.forTask(mtl, 0, dir, List.of("a", "b")));
    assertThat(key).hasSize(64).matches("[0-9a-f]+");
    // the experiment's name, the other task and the strategy do not change task y1's baseline
    ExperimentSpec other = mtl.withName("renamed").withStrategyName("equal")
        .withTasks(List.of(mtl.tasks().get(0), new org.mtlworkbench.model.TaskSpec(null, "y3", null, null, null, null)));
    assertThat(BaselineKey.of(BaselineSpecs.forTask(other, 0, dir, List.of("a", "b")))).isEqualTo(key);
    // the seed, the epochs and the features do
    assertThat(BaselineKey.of(BaselineSpecs.forTask(mtl.withTraining(mtl.training().withSeed(10)), 0, dir, List.of("a", "b"))))
        .isNotEqualTo(key);
    assertThat(BaselineKey.of(BaselineSpecs.forTask(mtl.withTraining(mtl.training().withEpochs(3)), 0, dir, List.of("a", "b"))))
        .isNotEqualTo(key);
    assertThat(BaselineKey.of(BaselineSpecs.forTask(mtl, 0, dir, List.of("a")))).isNotEqualTo(key);
    // and so does the content of the data file
    Files.writeString(dir.resolve("d.csv"), "a,b,y1,y2\n1,2,3,5\n");
    assertThat(BaselineKey.of(BaselineSpecs.forTask(mtl, 0, dir, List.of("a", "b")))).isNotEqualTo(key);
  }

  @Test
  void canonicalJsonFillsDefaultsSoThatWrittenAndOmittedDefaultsAgree() {
    ExperimentSpec implicit = ExperimentFiles.parse(
        "{\"schemaVersion\": 1, \"data\": {\"csv\": \"/d.csv\"}, \"tasks\": [{\"target\": \"y\"}]}", "a");
    ExperimentSpec explicit = ExperimentFiles.parse(
        "{\"schemaVersion\": 1, \"data\": {\"csv\": \"/d.csv\", \"standardize\": true}, \"tasks\": [{\"target\": \"y\", \"name\": \"y\"}],"
            + " \"training\": {\"epochs\": 10, \"seed\": 42, \"affinityEvery\": 0}, \"strategy\": {\"name\": \"equal\"}}", "b");
    assertThat(BaselineKey.canonicalJson(explicit)).isEqualTo(BaselineKey.canonicalJson(implicit));
    assertThat(BaselineKey.canonicalJson(implicit)).doesNotContain("\n").contains("\"affinityEvery\":0");
  }
}
