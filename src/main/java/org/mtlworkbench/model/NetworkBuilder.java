package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.nn.Dense;
import org.mtlworkbench.nn.Dropout;
import org.mtlworkbench.nn.Layer;
import org.mtlworkbench.nn.Sequential;

/** Turns layer specs into a {@link Sequential} network. */
final class NetworkBuilder {
  private NetworkBuilder() {}

  /**
   * @param inputWidth width of the network's input
   * @param hidden hidden layers (dense, activation, dropout)
   * @param outputWidth width of a final linear output layer, or 0 for none
   * @param seed run seed; dropout masks are seeded by {@code seed} and {@code name}
   * @param name the network's name, e.g. "backbone" or "head/price"
   */
  static Sequential build(long inputWidth, List<LayerSpec> hidden, int outputWidth, long seed, String name) {
    List<Layer> layers = new ArrayList<>();
    long width = inputWidth;
    int index = 0;
    for (LayerSpec spec : hidden) {
      layers.add(new Dense(width, spec.units()));
      width = spec.units();
      Activations.create(spec.activation()).ifPresent(layers::add);
      if (spec.dropout() > 0) {
        layers.add(new Dropout(spec.dropout(), Seeds.derive(seed, "dropout/" + name + "/" + index)));
      }
      index++;
    }
    if (outputWidth > 0) {
      layers.add(new Dense(width, outputWidth));
    }
    return new Sequential(layers);
  }

  /** Output width of the hidden stack. */
  static long outputWidth(long inputWidth, List<LayerSpec> hidden) {
    return hidden.isEmpty() ? inputWidth : hidden.get(hidden.size() - 1).units();
  }
}
