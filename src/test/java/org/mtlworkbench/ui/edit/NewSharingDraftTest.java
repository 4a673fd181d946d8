package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.model.Sharing;

/**
 * The window's validation of a draft under the schemes that have no button yet: a tabular
 * experiment runs under cgc, ple and dselect-k, and says in one sentence why not under mtan or
 * with GradNorm under a mixture of experts.
 */
class NewSharingDraftTest {
  private final ExperimentDraft imbalanced = ExperimentDraft.fromSpec(Drafts.spec(Drafts.IMBALANCED));
  private final DatasetInfo dataset = Drafts.threeTargets();

  @Test
  void tabularDraftsRunUnderTheExpertSchemes() {
    for (Sharing s : new Sharing[] {Sharing.CGC, Sharing.PLE, Sharing.DSELECT_K}) {
      ExperimentDraft draft = imbalanced.withSharing(s);
      assertThat(DraftValidator.problems(draft, dataset)).as(s.id()).isEmpty();
      assertThat(draft.toSpec(draft.data()).model().sharingMode()).isEqualTo(s);
    }
  }

  @Test
  void whatCannotRunIsOneSentence() {
    assertThat(DraftValidator.problems(imbalanced.withSharing(Sharing.MTAN), dataset)).singleElement().asString()
        .startsWith("model.sharing \"mtan\" puts attention masks on conv feature maps and needs image rows");
    assertThat(DraftValidator.problems(imbalanced.withSharing(Sharing.DSELECT_K).withStrategy(StrategySpec.named("gradnorm")),
        dataset)).singleElement().asString().startsWith("Strategy 'gradnorm' does not work with dselect-k:");
  }
}
