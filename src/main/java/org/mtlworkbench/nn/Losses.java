package org.mtlworkbench.nn;

import java.util.List;
import org.mtlworkbench.common.InputException;

/** Looks losses up by the name used in experiment files. */
public final class Losses {
  /** Names accepted by {@link #forName}. */
  public static final List<String> NAMES = List.of("mse", "bce", "cross-entropy");

  private Losses() {}

  /** A new loss instance (instances hold scratch buffers, so each task gets its own). */
  public static Loss forName(String name) {
    if (name == null) {
      throw new InputException("loss is missing; known losses: " + String.join(", ", NAMES));
    }
    return switch (name) {
      case "mse" -> new MseLoss();
      case "bce" -> new BinaryCrossEntropyWithLogits();
      case "cross-entropy" -> new SoftmaxCrossEntropy();
      default -> throw new InputException(
          "unknown loss '" + name + "'; known losses: " + String.join(", ", NAMES));
    };
  }
}
