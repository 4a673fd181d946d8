package org.mtlworkbench.ui.canvas;

import java.util.Locale;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.LayerSpec;

/**
 * The words a layer is drawn with: "Conv 10@5×5" (10 filters of 5×5, the LeNet notation),
 * "Max-pool 2×2", "Flatten → 320", "Dense 50 · relu", and the shape it passes on.
 */
public final class LayerLabels {
  private LayerLabels() {}

  /**
   * @param input what the layer receives, or {@code null} when unknown (only a flatten layer's
   *     label uses it)
   */
  public static String text(LayerSpec l, FeatureShape input) {
    String text = switch (l.type()) {
      case LayerSpec.CONV -> "Conv " + l.filters() + "@" + l.kernel() + "×" + l.kernel()
          + (l.stride() != 1 ? " stride " + l.stride() : "") + (l.padding() > 0 ? " pad " + l.padding() : "");
      case LayerSpec.MAXPOOL -> "Max-pool " + l.pool() + "×" + l.pool() + (!l.stride().equals(l.pool()) ? " stride " + l.stride() : "");
      case LayerSpec.FLATTEN -> input == null ? "Flatten" : "Flatten → " + input.width();
      default -> "Dense " + l.units();
    };
    boolean dense = l.type().equals(LayerSpec.DENSE);
    if (dense || !l.activation().equals("none")) {
      text += " · " + l.activation();
    }
    return l.dropout() > 0 ? text + String.format(Locale.ROOT, " · dropout %.2g", l.dropout()) : text;
  }

  /**
   * What the layer passes on, shown beside it: "→ 10×24×24"; "flattens 320 → 50" for a dense
   * layer fed by an image (it flattens it first); "⚠ misfit" when it does not fit; "" when unknown
   * or already in the label (flatten, dense on flat values).
   */
  public static String shape(LayerShapes.Step step) {
    if (!step.fits()) {
      return "⚠ misfit";
    }
    if (step.output() == null || step.layer().type().equals(LayerSpec.FLATTEN)) {
      return "";
    }
    if (step.layer().type().equals(LayerSpec.DENSE)) {
      // on flat values a dense layer's output is its width, already in the label
      return step.input().isImage() ? "flattens " + step.input().width() + " → " + step.output() : "";
    }
    return "→ " + step.output();
  }

  /** The style class that gives each kind of layer its look: layer-conv, layer-pool, layer-flatten, layer-dense. */
  public static String styleClass(LayerSpec l) {
    return switch (l.type()) {
      case LayerSpec.CONV -> "layer-conv";
      case LayerSpec.MAXPOOL -> "layer-pool";
      case LayerSpec.FLATTEN -> "layer-flatten";
      default -> "layer-dense";
    };
  }
}
