package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.CgcSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.PleSpec;
import org.mtlworkbench.model.Sharing;

/**
 * An experiment file opened in the window and saved again keeps every scheme's settings, under
 * every scheme: before, the draft rebuilt the model from a few fields and dropped the CGC, PLE and
 * DSelect-k settings. The file's settings are all away from their defaults, so that a setting
 * replaced by its default shows.
 */
class SchemeSettingsRoundTripTest {
  /** Multi-LeNet (conv 10, pool, conv 20, pool, dense 50: three layers with weights), every setting off its default. */
  private static String file(Sharing sharing) {
    return """
        {
          "schemaVersion": 1,
          "name": "every setting",
          "data": { "generator": { "type": "multi-fashion", "source": "sample", "seed": 1 } },
          "tasks": [ { "target": "left" }, { "target": "right" } ],
          "model": {
            "sharing": "%s",
            "inputShape": [1, 28, 28],
            "backbone": [
              { "type": "conv", "filters": 10, "kernel": 5, "activation": "none" },
              { "type": "maxpool", "pool": 2, "activation": "relu" },
              { "type": "conv", "filters": 20, "kernel": 5, "activation": "none" },
              { "type": "maxpool", "pool": 2, "activation": "relu" },
              { "units": 50 }
            ],
            "head": [ { "units": 30 } ],
            "soft": { "lambda": 0.2, "penalty": "trace-norm" },
            "crossStitch": { "selfWeight": 0.7 },
            "mmoe": { "experts": 6 },
            "cgc": { "sharedExperts": 3, "taskExperts": 2 },
            "ple": { "sharedExperts": 4, "taskExperts": 0, "levels": 2 },
            "dselectK": { "experts": 5, "k": 3, "gamma": 0.5, "entropy": 0.1 }
          },
          "strategy": { "name": "equal" }
        }
        """.formatted(sharing.id());
  }

  private static ExperimentSpec read(Path dir, Sharing sharing) throws IOException {
    Path f = dir.resolve(sharing.id() + ".json");
    Files.writeString(f, file(sharing));
    return ExperimentFiles.read(f);
  }

  @ParameterizedTest
  @EnumSource(Sharing.class)
  void fileToDraftToSpecKeepsEverySchemesSettings(Sharing sharing, @TempDir Path dir) throws IOException {
    ExperimentSpec original = read(dir, sharing);
    assertThat(original.model().ple().levels()).isEqualTo(2); // the file was read as written

    ExperimentSpec back = ExperimentDraft.fromSpec(original).toSpec(original.data());

    ModelSpec m = back.model();
    assertThat(m.sharingMode()).isEqualTo(sharing);
    assertThat(m.soft().penalty()).isEqualTo("trace-norm");
    assertThat(m.soft().lambda()).isEqualTo(0.2);
    assertThat(m.crossStitch().selfWeight()).isEqualTo(0.7);
    assertThat(m.mmoe().experts()).isEqualTo(6);
    assertThat(m.cgc()).isEqualTo(new CgcSpec(3, 2));
    assertThat(m.ple()).isEqualTo(new PleSpec(4, 0, 2));
    assertThat(m.dselectK().experts()).isEqualTo(5);
    assertThat(m.dselectK().k()).isEqualTo(3);
    assertThat(m.dselectK().gamma()).isEqualTo(0.5);
    assertThat(m.dselectK().entropy()).isEqualTo(0.1);
    assertThat(back).isEqualTo(original);
  }

  @ParameterizedTest
  @EnumSource(Sharing.class)
  void editingAndSavingFromTheEditorKeepsThem(Sharing sharing, @TempDir Path dir) throws IOException {
    ExperimentSpec original = read(dir, sharing);
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(original), dir, dir.resolve(sharing.id() + ".json"));
    assertThat(editor.setName("renamed")).isTrue();
    assertThat(editor.setLambda(0.3)).isTrue();
    assertThat(editor.setSchemes(s -> s.withMmoe(new org.mtlworkbench.model.MmoeSpec(7)))).isTrue();

    Path saved = dir.resolve("saved.json");
    ExperimentFiles.write(editor.toSpec(), saved);
    ModelSpec m = ExperimentFiles.read(saved).model();

    assertThat(m.sharingMode()).isEqualTo(sharing);
    assertThat(m.soft().lambda()).isEqualTo(0.3);
    assertThat(m.mmoe().experts()).isEqualTo(7);
    assertThat(m.withMmoe(original.model().mmoe()).withSoft(original.model().soft())).isEqualTo(original.model());
  }

  @Test
  void moreLevelsThanLayersWithWeightsIsRefusedInOneLineAndTheDraftKept(@TempDir Path dir) throws IOException {
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(read(dir, Sharing.PLE)), dir, null);
    ExperimentDraft before = editor.draft();

    assertThat(editor.setSchemes(s -> s.withPle(new PleSpec(4, 0, 4)))).isFalse();
    assertThat(editor.lastErrorProperty().get())
        .isEqualTo("model.ple.levels is 4 but model.backbone has 3 dense or conv layers: each level needs at least one");
    assertThat(editor.draft()).isEqualTo(before);

    assertThat(editor.setSchemes(s -> s.withPle(new PleSpec(4, 0, 3)))).isTrue();
    assertThat(editor.toSpec().model().pleLevels()).hasSize(3);
  }

  @Test
  void aSettingIsCheckedAgainstTheLayersOnScreenNotThoseOfTheFile(@TempDir Path dir) throws IOException {
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(read(dir, Sharing.PLE)), dir, null);
    assertThat(editor.addBackboneLayer(4)).isTrue(); // a fourth layer with weights: dense 50 copied

    assertThat(editor.setSchemes(s -> s.withPle(new PleSpec(4, 0, 4)))).isTrue();
    assertThat(editor.toSpec().model().pleLevels()).hasSize(4);
  }
}
