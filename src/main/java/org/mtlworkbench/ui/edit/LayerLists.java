package org.mtlworkbench.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.LayerSpec;

/** The list edits of a stack of layers, each returning a new list, and the layers a user adds. */
public final class LayerLists {
  /** The width of a first layer added to an empty stack. */
  static final int FIRST_LAYER_UNITS = 32;

  /** The layer types a user picks from, in menu order. */
  public static final List<String> TYPES = List.of(LayerSpec.CONV, LayerSpec.MAXPOOL, LayerSpec.FLATTEN, LayerSpec.DENSE);

  /** Filters and kernel side of a conv layer added by hand: small, and a 3×3 window fits any image ≥ 3×3. */
  static final int NEW_CONV_FILTERS = 8;
  static final int NEW_CONV_KERNEL = 3;

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

  /**
   * A new layer of {@code type} with the settings a user starts from: dense {@value
   * #FIRST_LAYER_UNITS} relu, conv {@value #NEW_CONV_FILTERS}@{@value #NEW_CONV_KERNEL}×{@value
   * #NEW_CONV_KERNEL} relu, 2×2 max-pooling, flatten.
   */
  public static LayerSpec fresh(String type) {
    return switch (type) {
      case LayerSpec.CONV -> LayerSpec.conv(NEW_CONV_FILTERS, NEW_CONV_KERNEL, null);
      case LayerSpec.MAXPOOL -> LayerSpec.maxPool(2, null);
      case LayerSpec.FLATTEN -> new LayerSpec(LayerSpec.FLATTEN, null, null, null, null, null, null, null, null);
      case LayerSpec.DENSE -> LayerSpec.of(FIRST_LAYER_UNITS);
      default -> throw new InputException("layer type must be one of " + TYPES + ", got \"" + type + "\"");
    };
  }

  /** Inserts {@code layer} after position {@code index} (-1: at the front; past the end: at the end). */
  public static List<LayerSpec> insert(List<LayerSpec> layers, int index, LayerSpec layer) {
    List<LayerSpec> out = new ArrayList<>(layers);
    out.add(Math.max(0, Math.min(index + 1, layers.size())), layer);
    return out;
  }

  /** The stack with layer {@code index} replaced by {@code layer}. */
  public static List<LayerSpec> replace(List<LayerSpec> layers, int index, LayerSpec layer) {
    return update(layers, index, old -> layer);
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
