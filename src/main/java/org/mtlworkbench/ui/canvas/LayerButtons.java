package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.LayerLists;
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
    Button addBackbone = button("addBackboneLayer", "+", "Add a backbone layer after the selected one (conv, pool, flatten or dense on an image)");
    Button removeBackbone = button("removeBackboneLayer", "−", "Remove the selected backbone layer (or the last)");
    Region gap = new Region();
    gap.setMinWidth(18);
    Label heads = new Label("Head layers");
    Button addHead = button("addHeadLayer", "+", "Add a hidden layer to every head");
    Button removeHead = button("removeHeadLayer", "−", "Remove the selected head layer (or the last)");
    getChildren().addAll(backbone, addBackbone, removeBackbone, gap, heads, addHead, removeHead);
    disableProperty().bind(editor.lockedProperty());

    addBackbone.setOnAction(e -> add(editor, true, addBackbone));
    removeBackbone.setOnAction(e -> editor.removeBackboneLayer(selected(editor, true, editor.draft().backbone().size())));
    addHead.setOnAction(e -> add(editor, false, addHead));
    removeHead.setOnAction(e -> editor.removeHeadLayer(selected(editor, false, editor.draft().head().size())));
  }

  /**
   * Adds a layer after the selected one (or at the end). Where the layer would receive an image,
   * a menu offers conv, max-pool, flatten and dense; on flat values there is only dense, so the
   * selected dense layer is copied at once, as before convolutions.
   */
  private static void add(ExperimentEditor editor, boolean backbone, Button anchor) {
    ExperimentDraft d = editor.draft();
    List<LayerSpec> stack = backbone ? d.backbone() : d.head();
    int at = selected(editor, backbone, stack.size());
    FeatureShape in = receivedAfter(ShapeFlow.of(d, editor.datasetProperty().get()), backbone, at);
    if (in == null || !in.isImage()) {
      if (backbone) {
        editor.addBackboneLayer(at);
      } else {
        editor.addHeadLayer(at);
      }
      return;
    }
    ContextMenu menu = new ContextMenu();
    menu.setId(backbone ? "addBackboneMenu" : "addHeadMenu");
    for (String type : LayerLists.TYPES) {
      LayerSpec fresh = LayerLists.fresh(type);
      MenuItem item = new MenuItem(LayerLabels.text(fresh, in));
      item.setId("add-" + type);
      item.setOnAction(e -> {
        boolean added = editor.edit(null, x -> backbone
            ? x.withBackbone(LayerLists.insert(x.backbone(), at, fresh))
            : x.withHead(LayerLists.insert(x.head(), at, fresh)));
        if (added) {
          editor.selectionProperty().set(backbone ? new Selection.BackboneLayer(at + 1) : new Selection.HeadLayer(at + 1));
        }
      });
      menu.getItems().add(item);
    }
    menu.show(anchor, Side.BOTTOM, 0, 0);
  }

  /** What a layer inserted after position {@code at} (-1: at the front) of the stack would receive. */
  private static FeatureShape receivedAfter(ShapeFlow flow, boolean backbone, int at) {
    List<LayerShapes.Step> stack = backbone ? flow.backbone() : flow.head();
    if (at >= 0 && at < stack.size()) {
      return stack.get(at).output();
    }
    if (backbone || flow.backbone().isEmpty()) {
      return flow.inputProblem() == null ? flow.input() : null;
    }
    return flow.backbone().get(flow.backbone().size() - 1).output();
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
