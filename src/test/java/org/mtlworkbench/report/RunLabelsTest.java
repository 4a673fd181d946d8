package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

/** Legend names: what differs, in words, and no more than a reader needs to tell runs apart. */
class RunLabelsTest {
  private static final ExperimentSpec HIGH = ExperimentFiles.read(Path.of("sample-datasets/correlated-high/experiment.json"));

  private static ExperimentSpec seeded(ExperimentSpec s, long seed) {
    return s.withTraining(s.training().withSeed(seed));
  }

  @Test
  void runsOfOneExperimentAreNamedByTheSettingsThatDifferInWords() {
    List<ExperimentSpec> specs = List.of(seeded(HIGH, 1), seeded(HIGH.withStrategyName("pcgrad"), 1), seeded(HIGH, 2));
    assertThat(RunLabels.of(specs, List.of("a", "b", "c"), true))
        .containsExactly("strategy=equal · seed 1", "strategy=pcgrad · seed 1", "strategy=equal · seed 2");
  }

  @Test
  void runsOfDifferentExperimentsAreNamedByTheirNamesAndWhatDiffersWithinEach() {
    // the other experiment differs in its data, epochs and more: its name says that; within
    // each experiment only the strategy differs (the seeds are the same: not named)
    ExperimentSpec low = ExperimentFiles.read(Path.of("sample-datasets/correlated-low/experiment.json"));
    List<ExperimentSpec> specs = List.of(seeded(HIGH, 1), seeded(HIGH.withStrategyName("pcgrad"), 1), seeded(low, 1));
    assertThat(RunLabels.of(specs, List.of("a", "b", "c"), true)).containsExactly(
        HIGH.name() + " · strategy=equal", HIGH.name() + " · strategy=pcgrad", low.name());
  }
}
