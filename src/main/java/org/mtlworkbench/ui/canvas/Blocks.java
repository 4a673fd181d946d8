package org.mtlworkbench.ui.canvas;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.LayerShapes;

/** The blocks of the model diagram: a titled box with one row per layer. */
final class Blocks {
  private Blocks() {}

  static VBox block(String id, String title, String... styleClasses) {
    VBox box = new VBox(2);
    box.setId(id);
    box.getStyleClass().add("model-block");
    box.getStyleClass().addAll(styleClasses);
    Label t = new Label(title);
    t.getStyleClass().add("block-title");
    t.setMaxWidth(Double.MAX_VALUE);
    box.getChildren().add(t);
    return box;
  }

  /** A block without a title (a tower's later segment, the "more experts" block). */
  static VBox untitled(String id, String... styleClasses) {
    VBox box = new VBox(2);
    box.setId(id);
    box.getStyleClass().add("model-block");
    box.getStyleClass().addAll(styleClasses);
    return box;
  }

  static Label row(String text, boolean selected) {
    Label row = new Label(text);
    row.getStyleClass().add("layer-row");
    if (selected) {
      row.getStyleClass().add("selected");
    }
    row.setMaxWidth(Double.MAX_VALUE);
    return row;
  }

  /**
   * A layer's row: its words, the shape it passes on at the right, its kind's style class, and —
   * when it does not fit its input — the style class {@code shape-error} with the reason as tooltip.
   */
  static Label layerRow(LayerShapes.Step step, boolean selected) {
    Label row = row(LayerLabels.text(step.layer(), step.input()), selected);
    row.getStyleClass().add(LayerLabels.styleClass(step.layer()));
    String shape = LayerLabels.shape(step);
    if (!shape.isEmpty()) {
      Label tensor = new Label(shape);
      tensor.getStyleClass().add("layer-shape");
      row.setGraphic(tensor);
      row.setContentDisplay(ContentDisplay.RIGHT);
      row.setGraphicTextGap(10);
    }
    if (!step.fits()) {
      row.getStyleClass().add("shape-error");
      row.setTooltip(new Tooltip(step.problem()));
    }
    return row;
  }
}
