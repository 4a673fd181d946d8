package org.mtlworkbench.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;

/**
 * Adds and removes layers of the backbone and of the heads: after / at the selected layer of that
 * stack, or at its end when none is selected.
 */
public final class LayerButtons extends HBox {
  public LayerButtons(ExperimentEditor editor) {
    super(6);
    setId("layerButtons");
    getStyleClass().add("layer-buttons");
    setAlignment(Pos.CENTER_LEFT);
    Label backbone = new Label("Backbone layers");
    Button addBackbone = button("addBackboneLayer", "+", "Add a backbone layer after the selected one");
    Button removeBackbone = button("removeBackboneLayer", "−", "Remove the selected backbone layer (or the last)");
    Region gap = new Region();
    gap.setMinWidth(18);
    Label heads = new Label("Head layers");
    Button addHead = button("addHeadLayer", "+", "Add a hidden layer to every head");
    Button removeHead = button("removeHeadLayer", "−", "Remove the selected head layer (or the last)");
    getChildren().addAll(backbone, addBackbone, removeBackbone, gap, heads, addHead, removeHead);
    disableProperty().bind(editor.lockedProperty());

    addBackbone.setOnAction(e -> editor.addBackboneLayer(selected(editor, true, editor.draft().backbone().size())));
    removeBackbone.setOnAction(e -> editor.removeBackboneLayer(selected(editor, true, editor.draft().backbone().size())));
    addHead.setOnAction(e -> editor.addHeadLayer(selected(editor, false, editor.draft().head().size())));
    removeHead.setOnAction(e -> editor.removeHeadLayer(selected(editor, false, editor.draft().head().size())));
  }

  /** The selected layer of the stack, else its last. */
  private static int selected(ExperimentEditor editor, boolean backbone, int size) {
    Selection s = editor.selectionProperty().get();
    if (backbone && s instanceof Selection.BackboneLayer l) {
      return l.index();
    }
    if (!backbone && s instanceof Selection.HeadLayer l) {
      return l.index();
    }
    return size - 1;
  }

  private static Button button(String id, String text, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.getStyleClass().add("small-button");
    b.setTooltip(new Tooltip(tip));
    return b;
  }
}
