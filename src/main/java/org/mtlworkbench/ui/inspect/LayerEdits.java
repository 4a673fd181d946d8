package org.mtlworkbench.ui.inspect;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.ui.canvas.ShapeFlow;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.LayerLists;

/**
 * The inspector's edits of one layer of the backbone or of the heads. A value the layer cannot
 * take (filters 0, a kernel larger than the image it slides over) is refused with a one-line
 * reason; a later layer that no longer fits is left to the canvas to flag. Each committed value is
 * its own undo step.
 */
final class LayerEdits {
  private final ExperimentEditor editor;
  private final boolean backbone;
  private final int index;

  LayerEdits(ExperimentEditor editor, boolean backbone, int index) {
    this.editor = editor;
    this.backbone = backbone;
    this.index = index;
  }

  /** The layer in {@code d}. */
  LayerSpec read(ExperimentDraft d) {
    return (backbone ? d.backbone() : d.head()).get(index);
  }

  /** What the layer passes on in {@code d}: "10×24×24", "320", "?" when unknown. */
  String output(ExperimentDraft d) {
    LayerShapes.Step step = step(ShapeFlow.of(d, editor.datasetProperty().get()));
    return step.output() == null ? "?" : step.output().toString();
  }

  /** Sets one field ("filters", "kernel", …, by its JSON name). */
  boolean set(String field, Object value) {
    return change(l -> SpecFields.layer(l, field, value));
  }

  /** Makes the layer a fresh one of another type. */
  boolean retype(String type) {
    return change(l -> l.type().equals(type) ? l : LayerLists.fresh(type));
  }

  private boolean change(UnaryOperator<LayerSpec> change) {
    UnaryOperator<LayerSpec> checked = l -> fitted(change.apply(l));
    boolean done = backbone ? editor.updateBackboneLayer(index, checked) : editor.updateHeadLayer(index, checked);
    editor.sealEdit();
    return done;
  }

  private LayerSpec fitted(LayerSpec changed) {
    ExperimentDraft d = editor.draft();
    List<LayerSpec> b = backbone ? LayerLists.replace(d.backbone(), index, changed) : d.backbone();
    List<LayerSpec> h = backbone ? d.head() : LayerLists.replace(d.head(), index, changed);
    ExperimentDraft trial = d.withBackbone(b).withHead(h);
    LayerShapes.Step step = step(ShapeFlow.of(trial, editor.datasetProperty().get()));
    if (!step.fits()) {
      throw new InputException((backbone ? "Backbone" : "Head") + " layer " + (index + 1) + ": " + step.problem());
    }
    return changed;
  }

  private LayerShapes.Step step(ShapeFlow flow) {
    return (backbone ? flow.backbone() : flow.head()).get(index);
  }
}
