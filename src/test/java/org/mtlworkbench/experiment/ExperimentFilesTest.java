package org.mtlworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.common.InputException;

class ExperimentFilesTest {
  @TempDir Path dir;

  @Test
  void defaultsComeFromTheRecordsWhenFieldsAreMissing() {
    ExperimentSpec s = ExperimentFiles.parse("{\"schemaVersion\": 1, \"data\": {\"csv\": \"d.csv\"}, \"tasks\": [{\"target\": \"y\"}]}", "t");
    assertThat(s.name()).isEqualTo("Untitled experiment");
    assertThat(s.model().sharing()).isEqualTo("hard");
    assertThat(s.model().backbone()).hasSize(1);
    assertThat(s.model().soft().lambda()).isEqualTo(0.01);
    assertThat(s.training().epochs()).isEqualTo(10);
    assertThat(s.training().seed()).isEqualTo(42L);
    assertThat(s.optimizer().type()).isEqualTo("adam");
    assertThat(s.strategy().name()).isEqualTo("equal");
    assertThat(s.tasks().get(0).name()).isEqualTo("y");
  }

  @Test
  void saveThenOpenGivesTheSameSpec() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("sample-datasets"))) {
      // every experiment file (study files, which name an experiment, are StudyFilesTest's)
      for (Path p : files.filter(f -> f.toString().endsWith(".json") && !org.mtlworkbench.study.StudyFiles.isStudy(f)).toList()) {
        ExperimentSpec original = ExperimentFiles.read(p);
        Path copy = dir.resolve(p.getFileName());
        ExperimentFiles.write(original, copy);
        assertThat(ExperimentFiles.read(copy)).as(p.toString()).isEqualTo(original);
      }
    }
  }

  @Test
  void everyReleasedSchemaVersionStaysReadable() {
    // fixture written with schema version 1; never edit it, add a new one per version
    ExperimentSpec v1 = ExperimentFiles.read(Path.of("src/test/resources/fixtures/experiment-schema-1-minimal.json"));
    assertThat(v1.schemaVersion()).isEqualTo(1);
    assertThat(v1.tasks()).extracting(t -> t.name()).containsExactly("price", "segment");
    assertThat(v1.tasks().get(1).labelBudget()).isEqualTo(100);
    assertThat(v1.model().sharing()).isEqualTo("soft");
    assertThat(v1.model().soft().lambda()).isEqualTo(0.05);
    assertThat(v1.strategy().weights()).containsEntry("segment", 2.0);
  }

  @Test
  void aGeneratorTypeThatDoesNotExistIsNamed() {
    String json = "{\"schemaVersion\": 1, \"data\": {\"generator\": {\"type\": \"spirals\"}}, \"tasks\": [{\"target\": \"y1\"}]}";
    assertThatThrownBy(() -> ExperimentFiles.parse(json, "e.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("e.json")
        .hasMessageContaining("spirals");
  }

  @Test
  void anUnknownFieldInsideAGeneratorIsNamed() {
    String json = "{\"schemaVersion\": 1, \"data\": {\"generator\": {\"type\": \"correlated-regression\", \"corelation\": 0.5}}, \"tasks\": [{\"target\": \"y1\"}]}";
    assertThatThrownBy(() -> ExperimentFiles.parse(json, "e.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown field 'data.generator.corelation'")
        .hasMessageContaining("correlation");
  }
}
