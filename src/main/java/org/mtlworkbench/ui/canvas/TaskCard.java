package org.mtlworkbench.ui.canvas;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.TargetInfo;

/**
 * A target of the dataset as a card: name, type, labels, and a label-budget slider. Dragged onto
 * the model it becomes a task; while it is one, the slider keeps only the first N labels of the
 * task's training rows (at the right end: all of them). A slider drag is one undo step.
 */
final class TaskCard extends VBox {
  private final ExperimentEditor editor;
  private final int labelled;
  private final Slider budget;
  private final Label budgetText = new Label();
  private final Label chip = new Label("on model");
  private TaskSpec onModel;
  private boolean showing;

  TaskCard(TargetInfo target, int colour, ExperimentEditor editor) {
    this.editor = editor;
    this.labelled = Math.max(1, target.labelled());
    setId("card-" + target.name());
    getStyleClass().add("task-card");

    Region swatch = new Region();
    swatch.getStyleClass().addAll("task-swatch", TaskColors.styleClass(colour));
    Label name = new Label(target.name());
    name.getStyleClass().add("card-title");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    chip.getStyleClass().add("card-chip");
    chip.managedProperty().bind(chip.visibleProperty());
    HBox header = new HBox(8, swatch, name, grow, chip);
    header.setAlignment(Pos.CENTER_LEFT);

    Label facts = new Label(describe(target));
    facts.getStyleClass().add("card-facts");

    budget = new Slider(1, labelled, labelled);
    budget.setId("budget-" + target.name());
    HBox.setHgrow(budget, Priority.ALWAYS);
    budgetText.getStyleClass().add("card-facts");
    budgetText.setMinWidth(Region.USE_PREF_SIZE);
    budget.valueProperty().addListener((obs, old, now) -> {
      budgetText.setText(text(chosen()));
      if (!showing && onModel != null) {
        editor.setLabelBudget(onModel.name(), chosen());
      }
    });
    budget.valueChangingProperty().addListener((obs, was, now) -> {
      if (!now) {
        editor.sealEdit();
      }
    });
    Label budgetLabel = new Label("Labels");
    budgetLabel.getStyleClass().add("card-facts");
    budgetLabel.setMinWidth(Region.USE_PREF_SIZE);
    HBox budgetRow = new HBox(6, budgetLabel, budget, budgetText);
    budgetRow.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(header, facts, budgetRow);

    setOnDragDetected(e -> {
      if (onModel == null && !editor.lockedProperty().get()) {
        TaskDrag.start(this, TaskDrag.CARD, target.name());
      }
      e.consume();
    });
    show(null);
  }

  /** Shows whether (and how) the card's task is on the model. */
  void show(TaskSpec task) {
    onModel = task;
    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("on-model"), task != null);
    chip.setVisible(task != null);
    budget.setDisable(task == null);
    budget.setTooltip(new Tooltip(task == null
        ? "Put the task on the model to give it a label budget"
        : "Keep only the first N labelled training rows of this task"));
    if (!budget.isValueChanging()) {
      Integer b = task == null ? null : task.labelBudget();
      showing = true;
      budget.setValue(b == null ? labelled : Math.min(b, labelled));
      showing = false;
    }
    budgetText.setText(text(chosen()));
  }

  /** The slider's budget: {@code null} at the right end (every label). */
  private Integer chosen() {
    int n = (int) Math.round(budget.getValue());
    return n >= labelled ? null : n;
  }

  private static String text(Integer chosen) {
    return chosen == null ? "all" : String.format(Locale.ROOT, "%,d", chosen);
  }

  static String describe(TargetInfo t) {
    String labels = String.format(Locale.ROOT, "%,d labels", t.labelled());
    return switch (t.type()) {
      case REGRESSION -> "regression · " + labels;
      case BINARY -> "binary · " + labels;
      case MULTICLASS -> t.classes() + " classes · " + labels;
    };
  }
}
