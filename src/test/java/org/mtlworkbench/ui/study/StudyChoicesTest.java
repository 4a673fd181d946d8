package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.Study;

/** The choices say in one line why they cannot run, and make the study the command line would. */
class StudyChoicesTest {
  private final StudyChoices choices = new StudyChoices();

  @Test
  void eachProblemIsOneLineAndNoProblemMakesTheSweepsStudy() {
    var e = StudyFixture.experiment(2, "");
    assertThat(choices.problem(null, null)).contains("Open an experiment first: a study runs the experiment with each strategy.");
    assertThat(choices.problem(e, null)).contains("Choose at least one strategy.");
    choices.choose("pcgrad", true);
    choices.choose("equal", true);
    choices.seedsProperty().set(0);
    assertThat(choices.problem(e, null)).contains("Seeds must be 1 or more, got 0.");
    choices.seedsProperty().set(3);
    choices.choose(Sharing.CROSS_STITCH, true);
    choices.choose(Sharing.HARD, true);
    assertThat(choices.problem(e, null)).isEmpty();

    Study s = choices.study(e, null);
    assertThat(s).isEqualTo(Study.of(e, null, List.of("equal", "pcgrad"), List.of(Sharing.HARD, Sharing.CROSS_STITCH), 3, true, false));
    assertThat(s.seeds()).containsExactly(5L, 6L, 7L);
    choices.choose("pcgrad", false);
    assertThat(choices.strategies()).containsExactly("equal");
  }

  @Test
  void aStrategyThatCannotWorkWithASharingSchemeIsTheReason() {
    var e = StudyFixture.experiment(2, "");
    choices.choose("pcgrad", true);
    choices.choose(Sharing.SOFT, true); // pcgrad combines gradients on shared parameters; soft sharing has none
    assertThat(choices.problem(e, null)).hasValueSatisfying(p -> assertThat(p)
        .startsWith("strategy 'pcgrad' does not work with soft sharing").doesNotContain("\n"));
    choices.choose(Sharing.SOFT, false);
    choices.choose(Sharing.HARD, true);
    assertThat(choices.problem(e, null)).isEmpty();
  }
}
