package org.mtlworkbench.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.run.TinyExperiments;

/** The window title follows the experiment's name and marks unsaved changes until a save. */
class ExperimentTitleTest {
  private final ExperimentDraft opened = ExperimentDraft.fromSpec(TinyExperiments.correlatedHigh(1)).withName("two tasks");
  private final SimpleObjectProperty<ExperimentDraft> draft = new SimpleObjectProperty<>();
  private final ExperimentTitle title = new ExperimentTitle("MTL Workbench", draft);

  @Test
  void nothingOpenShowsTheApplicationAlone() {
    assertThat(title.titleProperty().get()).isEqualTo("MTL Workbench");
    assertThat(title.unsavedProperty().get()).isFalse();
  }

  @Test
  void anOpenedExperimentShowsItsNameWithoutTheMark() {
    draft.set(opened);
    title.markSaved();
    assertThat(title.titleProperty().get()).isEqualTo("two tasks — MTL Workbench");
    assertThat(title.unsavedProperty().get()).isFalse();
  }

  @Test
  void anEditMarksTheTitleAndASaveClearsIt() {
    draft.set(opened);
    title.markSaved();

    draft.set(opened.withSharing(Sharing.SOFT));
    assertThat(title.titleProperty().get()).isEqualTo("two tasks * — MTL Workbench");
    assertThat(title.unsavedProperty().get()).isTrue();

    title.markSaved();
    assertThat(title.titleProperty().get()).isEqualTo("two tasks — MTL Workbench");
    assertThat(title.unsavedProperty().get()).isFalse();
  }

  @Test
  void undoingBackToTheSavedExperimentClearsTheMark() {
    draft.set(opened);
    title.markSaved();
    draft.set(opened.withName("renamed"));
    assertThat(title.titleProperty().get()).isEqualTo("renamed * — MTL Workbench");

    draft.set(opened);
    assertThat(title.titleProperty().get()).isEqualTo("two tasks — MTL Workbench");
  }

  @Test
  void aBlankNameReadsUntitled() {
    draft.set(opened.withName(" "));
    title.markSaved();
    assertThat(title.titleProperty().get()).isEqualTo("Untitled — MTL Workbench");
  }
}
