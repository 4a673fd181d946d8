package org.mtlworkbench.model;

import java.util.List;
import java.util.Optional;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.nn.Layer;
import org.mtlworkbench.nn.LeakyRelu;
import org.mtlworkbench.nn.Relu;
import org.mtlworkbench.nn.Sigmoid;
import org.mtlworkbench.nn.Tanh;

/** Maps the activation names of experiment files to layers. */
final class Activations {
  static final List<String> NAMES = List.of("relu", "leaky-relu", "tanh", "sigmoid", "none");
  static final double LEAKY_RELU_SLOPE = 0.01;

  private Activations() {}

  static void validate(String name) {
    if (!NAMES.contains(name)) {
      throw new InputException("unknown activation '" + name + "'; known: " + String.join(", ", NAMES));
    }
  }

  /** The activation layer, or empty for "none". */
  static Optional<Layer> create(String name) {
    validate(name);
    return switch (name) {
      case "relu" -> Optional.of(new Relu());
      case "leaky-relu" -> Optional.of(new LeakyRelu(LEAKY_RELU_SLOPE));
      case "tanh" -> Optional.of(new Tanh());
      case "sigmoid" -> Optional.of(new Sigmoid());
      default -> Optional.empty();
    };
  }
}
