package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.CrossStitchSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.MmoeSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.SoftSharingSpec;


/** Opening an experiment in the editor and taking it out again keeps what the editor does not edit. */
class ExperimentDraftRoundTripTest {
  private static ExperimentSpec sample() {
    return ExperimentFiles.read(Path.of("sample-datasets/correlated-high/experiment.json"));
  }

  private static ExperimentSpec withModel(ExperimentSpec s, ModelSpec m) {
    return new ExperimentSpec(s.schemaVersion(), s.name(), s.data(), s.tasks(), m, s.optimizer(), s.training(), s.strategy());
  }

  @Test
  void theTraceNormPenaltyTheCrossStitchStartAndTheNumberOfExpertsSurvive() {
    ExperimentSpec s = sample();
    ModelSpec m = new ModelSpec("mmoe", List.of(LayerSpec.of(16)), List.of(), new SoftSharingSpec(0.3, SoftSharingSpec.TRACE_NORM),
        null, new CrossStitchSpec(0.7), new MmoeSpec(5));
    ExperimentSpec original = withModel(s, m);

    ExperimentSpec back = ExperimentDraft.fromSpec(original).toSpec(original.data());

    assertThat(back.model().mmoe().experts()).isEqualTo(5);
    assertThat(back.model().crossStitch().selfWeight()).isEqualTo(0.7);
    assertThat(back.model().soft().penalty()).isEqualTo(SoftSharingSpec.TRACE_NORM);
    assertThat(back.model().soft().lambda()).isEqualTo(0.3);
    assertThat(back).isEqualTo(original);
  }

  @Test
  void aDraftBuiltFromScratchTakesTheDefaults() {
    ExperimentSpec s = sample();
    DataSpec data = s.data();
    ExperimentDraft d = new ExperimentDraft("new", data, s.tasks(), org.mtlworkbench.model.Sharing.SOFT, List.of(LayerSpec.of(8)),
        List.of(), 0.05, s.optimizer(), s.strategy(), s.training());
    ModelSpec m = d.toSpec(data).model();
    assertThat(m.soft().penalty()).isEqualTo(new SoftSharingSpec(null, null).penalty());
    assertThat(m.mmoe()).isEqualTo(new MmoeSpec(null));
    assertThat(m.crossStitch()).isEqualTo(new CrossStitchSpec(null));
  }
}
