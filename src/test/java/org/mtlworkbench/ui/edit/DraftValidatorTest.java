package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;

class DraftValidatorTest {
  private final ExperimentDraft imbalanced = ExperimentDraft.fromSpec(Drafts.spec(Drafts.IMBALANCED));
  private final DatasetInfo dataset = Drafts.threeTargets();

  @Test
  void theSampleAsWrittenCanRun() {
    assertThat(DraftValidator.problems(imbalanced, dataset)).isEmpty();
  }

  @Test
  void noTasksAndNoBackboneAreBothNamed() {
    var draft = imbalanced.withTasks(List.of()).withBackbone(List.of());
    assertThat(DraftValidator.problems(draft, dataset))
        .containsExactly(DraftValidator.NO_TASKS, DraftValidator.NO_BACKBONE);
  }

  @Test
  void aGradientCombiningStrategyUnderSoftSharingIsAProblem() {
    var draft = imbalanced.withSharing(Sharing.SOFT).withStrategy(StrategySpec.named("pcgrad"));
    assertThat(DraftValidator.problems(draft, dataset))
        .singleElement().asString().contains("'pcgrad'", "hard sharing");
    assertThat(DraftValidator.problems(draft.withSharing(Sharing.HARD), dataset)).isEmpty();
  }

  @Test
  void aTaskOnATargetTheDatasetLacksOrWithNoLabelsIsNamed() {
    var draft = imbalanced.withTasks(List.of(
        TaskSpec.of("price"), new TaskSpec(null, "y1", null, null, null, 0)));
    assertThat(DraftValidator.problems(draft, dataset)).containsExactly(
        "Task 'price': the dataset has no target column 'price'.",
        "Task 'y1' has a label budget of 0: it would never learn.");
  }

  @Test
  void anUnknownStrategyListsTheKnownOnes() {
    var draft = imbalanced.withStrategy(StrategySpec.named("magic"));
    assertThat(DraftValidator.problems(draft, dataset))
        .singleElement().asString().startsWith("Unknown strategy 'magic'").contains("equal", "pcgrad");
  }
}
