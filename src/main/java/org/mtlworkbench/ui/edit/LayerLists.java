package org.mtlworkbench.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.LayerSpec;

/** The list edits of a stack of layers, each returning a new list. */
final class LayerLists {
  /** The width of a first layer added to an empty stack. */
  static final int FIRST_LAYER_UNITS = 32;

  private LayerLists() {}

  /** Inserts a copy of layer {@code index} after it; into an empty stack, one default layer. */
  static List<LayerSpec> insertAfter(List<LayerSpec> layers, int index) {
    List<LayerSpec> out = new ArrayList<>(layers);
    if (layers.isEmpty()) {
      out.add(LayerSpec.of(FIRST_LAYER_UNITS));
    } else {
      int at = Math.max(0, Math.min(index, layers.size() - 1));
      out.add(at + 1, layers.get(at));
    }
    return out;
  }

  static List<LayerSpec> remove(List<LayerSpec> layers, int index) {
    check(layers, index);
    List<LayerSpec> out = new ArrayList<>(layers);
    out.remove(index);
    return out;
  }

  static List<LayerSpec> update(List<LayerSpec> layers, int index, UnaryOperator<LayerSpec> change) {
    check(layers, index);
    List<LayerSpec> out = new ArrayList<>(layers);
    out.set(index, change.apply(layers.get(index)));
    return out;
  }

  private static void check(List<LayerSpec> layers, int index) {
    if (index < 0 || index >= layers.size()) {
      throw new InputException("there is no layer " + (index + 1) + " (the stack has " + layers.size() + ")");
    }
  }
}
