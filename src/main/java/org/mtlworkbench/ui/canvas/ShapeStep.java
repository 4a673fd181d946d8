package org.mtlworkbench.ui.canvas;

import org.mtlworkbench.model.LayerSpec;

/**
 * One layer of a drawn stack with the tensor it receives and the one it passes on.
 *
 * @param layer the layer
 * @param input what it receives, {@code null} when unknown (no input shape, or an earlier layer
 *     does not fit)
 * @param output what it passes on, {@code null} when unknown
 * @param problem why the layer does not fit its input (one line), or {@code null} when it does
 */
public record ShapeStep(LayerSpec layer, Tensor input, Tensor output, String problem) {
  public boolean fits() {
    return problem == null;
  }
}
