package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;

class ExperimentEditorTest {
  private final ExperimentEditor editor = Drafts.emptyImbalanced();

  @Test
  void droppingTwoCardsMakesTwoTasksInDropOrder() {
    assertThat(editor.addTask("y3")).isTrue();
    assertThat(editor.addTask("y1")).isTrue();

    assertThat(editor.draft().tasks()).extracting(TaskSpec::name).containsExactly("y3", "y1");
    assertThat(editor.problems()).isEmpty();
  }

  @Test
  void aTargetAlreadyOnTheModelOrUnknownToTheDatasetIsRefusedWithAReason() {
    editor.addTask("y1");

    assertThat(editor.addTask("y1")).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("Task 'y1' is already on the model.");
    assertThat(editor.addTask("price")).isFalse();
    assertThat(editor.lastErrorProperty().get()).contains("no target column 'price'");
    assertThat(editor.draft().tasks()).hasSize(1);
  }

  @Test
  void removingATaskAlsoDropsItsStaticWeight() {
    editor.addTask("y1");
    editor.addTask("y2");
    editor.setStrategy(new StrategySpec("static", Map.of("y1", 2.0, "y2", 0.5)));

    editor.removeTask("y2");

    assertThat(editor.draft().tasks()).extracting(TaskSpec::name).containsExactly("y1");
    assertThat(editor.draft().strategy().weights()).containsExactly(Map.entry("y1", 2.0));
  }

  @Test
  void everyModelEditIsUndoneAndRedoneInOrder() {
    var start = editor.draft();
    editor.addTask("y1");
    var oneTask = editor.draft();
    editor.setSharing(Sharing.SOFT);
    var soft = editor.draft();
    editor.addBackboneLayer(1);
    var threeLayers = editor.draft();

    assertThat(threeLayers.backbone()).hasSize(3);
    assertThat(editor.undo()).isTrue();
    assertThat(editor.draft()).isEqualTo(soft);
    assertThat(editor.undo()).isTrue();
    assertThat(editor.draft()).isEqualTo(oneTask);
    assertThat(editor.undo()).isTrue();
    assertThat(editor.draft()).isEqualTo(start);
    assertThat(editor.undo()).isFalse();
    assertThat(editor.canUndoProperty().get()).isFalse();

    assertThat(editor.redo()).isTrue();
    assertThat(editor.redo()).isTrue();
    assertThat(editor.draft()).isEqualTo(soft);
    assertThat(editor.canRedoProperty().get()).isTrue();

    editor.setLambda(0.5); // a new edit forgets what could be redone
    assertThat(editor.canRedoProperty().get()).isFalse();
  }

  @Test
  void aDraggedSliderIsOneUndoStepUntilReleased() {
    double before = editor.draft().lambda();
    editor.setLambda(0.1);
    editor.setLambda(0.2);
    editor.setLambda(0.3);
    editor.sealEdit();
    editor.setLambda(0.4);

    editor.undo();
    assertThat(editor.draft().lambda()).isEqualTo(0.3);
    editor.undo();
    assertThat(editor.draft().lambda()).isEqualTo(before);
  }

  @Test
  void whileLockedNothingChangesAndTheRefusalSaysWhy() {
    editor.addTask("y1");
    var before = editor.draft();
    editor.lockedProperty().set(true);

    assertThat(editor.addTask("y2")).isFalse();
    assertThat(editor.setSharing(Sharing.SOFT)).isFalse();
    assertThat(editor.undo()).isFalse();

    assertThat(editor.draft()).isEqualTo(before);
    assertThat(editor.lastErrorProperty().get()).isEqualTo(ExperimentEditor.LOCKED);
  }

  @Test
  void anInvalidLayerIsRefusedWithTheEnginesMessageAndNotRecorded() {
    var before = editor.draft();

    boolean made = editor.updateBackboneLayer(0, l -> new LayerSpec(0, l.activation(), l.dropout()));

    assertThat(made).isFalse();
    assertThat(editor.lastErrorProperty().get()).contains("units must be a whole number ≥ 1");
    assertThat(editor.draft()).isEqualTo(before);
    assertThat(editor.canUndoProperty().get()).isFalse();
  }

  @Test
  void undoingTheAdditionOfTheSelectedLayerClearsTheSelection() {
    editor.addBackboneLayer(1);
    editor.selectionProperty().set(new Selection.BackboneLayer(2));

    editor.undo();

    assertThat(editor.selectionProperty().get()).isEqualTo(new Selection.Experiment());
  }

  @Test
  void unusedTargetsAreKeptOutOfTheFeaturesOfTheSpec() {
    editor.addTask("y1");

    ExperimentSpec spec = editor.toSpec();

    assertThat(spec.data().features()).hasSize(50).doesNotContain("y1", "y2", "y3");
    assertThat(spec.tasks()).extracting(TaskSpec::target).containsExactly("y1");
  }

  @Test
  void withEveryTargetOnTheModelTheDataSectionIsLeftAsWritten() {
    for (String y : List.of("y1", "y2", "y3")) {
      editor.addTask(y);
    }
    assertThat(editor.toSpec().data().features()).isNull();
  }

  @Test
  void aDraftThatCannotRunIsNotConvertedAndItsProblemIsTheMessage() {
    assertThat(editor.problems()).containsExactly(DraftValidator.NO_TASKS);
    org.assertj.core.api.Assertions.assertThatThrownBy(editor::toSpec)
        .isInstanceOf(InputException.class)
        .hasMessage(DraftValidator.NO_TASKS);
  }

  @Test
  void aSampleExperimentSurvivesTheEditorAndItsJsonUnchanged() {
    ExperimentSpec original = Drafts.spec(Drafts.HIGH);
    ExperimentEditor e = new ExperimentEditor();
    e.open(ExperimentDraft.fromSpec(original), Drafts.HIGH.getParent(), Drafts.HIGH);

    ExperimentSpec back = e.toSpec();
    ExperimentSpec reread =
        ExperimentFiles.parse(ExperimentFiles.mapper().valueToTree(back).toString(), "round trip");

    assertThat(back).isEqualTo(original);
    assertThat(reread).isEqualTo(original);
  }
}
