package org.mtlworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files of every released schema version stay readable (Tribuo's habit: files saved
 * by older versions are kept as fixtures). Add {@code experiment-schema-N.json} to {@code
 * src/test/resources/fixtures} when schema version N is released.
 */
class ExperimentFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path dir;

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(f -> f.getFileName().toString().matches("experiment-schema-\\d+(-[a-z]+)?\\.json")).sorted().toList();
    }
  }

  @Test
  void everyFixtureLoads() throws IOException {
    List<Path> all = fixtures();
    assertThat(all).extracting(f -> f.getFileName().toString()).contains("experiment-schema-1.json");
    for (Path f : all) {
      assertThatCode(() -> ExperimentFiles.read(f)).as(f.toString()).doesNotThrowAnyException();
    }
  }

  @Test
  void schemaOneKeepsTheMeaningOfEveryField() {
    ExperimentSpec s = ExperimentFiles.read(FIXTURES.resolve("experiment-schema-1.json"));
    assertThat(s.name()).isEqualTo("Schema 1 fixture: every part set");
    assertThat(s.data().csv()).isEqualTo("shop.csv");
    assertThat(s.data().features()).hasSize(16).startsWith("x1");
    assertThat(s.data().standardize()).isFalse();
    assertThat(s.tasks()).extracting(t -> t.name()).containsExactly("price", "churn", "segment");
    assertThat(s.tasks().get(1).target()).isEqualTo("churned");
    assertThat(s.tasks().get(1).labelBudget()).isEqualTo(250);
    assertThat(s.tasks().get(2).metric()).isEqualTo("macro-f1");
    assertThat(s.model().sharing()).isEqualTo("mmoe");
    assertThat(s.model().inputShape()).containsExactly(1, 4, 4);
    assertThat(s.model().backbone()).extracting(l -> l.type()).containsExactly("conv", "maxpool", "flatten", "dense");
    assertThat(s.model().backbone().get(3).dropout()).isEqualTo(0.25);
    assertThat(s.model().mmoe().experts()).isEqualTo(3);
    assertThat(s.model().soft().lambda()).isEqualTo(0.05);
    assertThat(s.model().crossStitch().selfWeight()).isEqualTo(0.8);
    assertThat(s.optimizer().type()).isEqualTo("adamw");
    assertThat(s.optimizer().beta2()).isEqualTo(0.995);
    assertThat(s.optimizer().schedule().stepEpochs()).isEqualTo(3);
    assertThat(s.training().epochs()).isEqualTo(7);
    assertThat(s.training().batchSize()).isEqualTo(48);
    assertThat(s.training().seed()).isEqualTo(11);
    assertThat(s.training().affinityEvery()).isEqualTo(5);
    assertThat(s.strategy().name()).isEqualTo("gradnorm");
    assertThat(s.strategy().options()).containsEntry("alpha", 1.2);
    assertThat(s.strategy().weights()).containsEntry("churn", 2.0);
  }

  @Test
  void saveThenOpenGivesAnEqualSpecForEveryFixture() throws IOException {
    for (Path f : fixtures()) {
      ExperimentSpec original = ExperimentFiles.read(f);
      Path saved = dir.resolve(f.getFileName());
      ExperimentFiles.write(original, saved);
      assertThat(ExperimentFiles.read(saved)).as(f.toString()).isEqualTo(original);
    }
  }
}
