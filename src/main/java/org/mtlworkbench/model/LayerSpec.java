package org.mtlworkbench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mtlworkbench.common.InputException;

/**
 * One hidden layer of a backbone or head, followed by its activation, then dropout when {@code
 * dropout > 0}. {@code type} picks the layer:
 *
 * <ul>
 *   <li>{@code "dense"} (default, so files written before convolutions stay valid): {@code units}
 *       (required);
 *   <li>{@code "conv"}: {@code filters} and {@code kernel} (required), {@code stride} (default 1),
 *       {@code padding} (default 0) — needs an image input ({@code model.inputShape});
 *   <li>{@code "maxpool"}: {@code pool} (default 2), {@code stride} (default {@code pool});
 *   <li>{@code "flatten"}: no fields; a dense layer after an image flattens it anyway.
 * </ul>
 *
 * <p>A field that does not belong to the type is an error (a {@code kernel} on a dense layer is a
 * mistake, not something to ignore). The activation defaults to {@code "relu"} for dense and conv
 * layers and to {@code "none"} for pooling and flatten.
 *
 * @param type "dense", "conv", "maxpool" or "flatten"
 * @param units width of a dense layer (≥ 1)
 * @param filters output channels of a conv layer (≥ 1)
 * @param kernel side of a conv layer's square kernel (≥ 1)
 * @param stride step of a conv or pooling window (≥ 1)
 * @param padding zeros around a conv layer's input (≥ 0)
 * @param pool side of a pooling window (≥ 1)
 * @param activation "relu", "leaky-relu", "tanh", "sigmoid" or "none"
 * @param dropout drop probability in [0, 1), default 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerSpec(
    String type, Integer units, Integer filters, Integer kernel, Integer stride, Integer padding, Integer pool,
    String activation, Double dropout) {
  public static final String DEFAULT_ACTIVATION = "relu";
  public static final String DENSE = "dense";
  public static final String CONV = "conv";
  public static final String MAXPOOL = "maxpool";
  public static final String FLATTEN = "flatten";

  public LayerSpec {
    type = type == null ? DENSE : type;
    switch (type) {
      case DENSE -> {
        if (units == null || units < 1) {
          throw new InputException("layer units must be a whole number ≥ 1, got " + units);
        }
        forbid(type, "filters", filters, "kernel", kernel, "stride", stride, "padding", padding, "pool", pool);
      }
      case CONV -> {
        require(type, "filters", filters, 1);
        require(type, "kernel", kernel, 1);
        stride = stride == null ? 1 : stride;
        require(type, "stride", stride, 1);
        padding = padding == null ? 0 : padding;
        require(type, "padding", padding, 0);
        forbid(type, "units", units, "pool", pool);
      }
      case MAXPOOL -> {
        pool = pool == null ? 2 : pool;
        require(type, "pool", pool, 1);
        stride = stride == null ? pool : stride;
        require(type, "stride", stride, 1);
        forbid(type, "units", units, "filters", filters, "kernel", kernel, "padding", padding);
      }
      case FLATTEN -> forbid(type, "units", units, "filters", filters, "kernel", kernel, "stride", stride,
          "padding", padding, "pool", pool);
      default -> throw new InputException(
          "layer type must be \"dense\", \"conv\", \"maxpool\" or \"flatten\", got \"" + type + "\"");
    }
    boolean weighted = type.equals(DENSE) || type.equals(CONV);
    activation = activation == null ? (weighted ? DEFAULT_ACTIVATION : "none") : activation;
    dropout = dropout == null ? 0.0 : dropout;
    if (dropout < 0 || dropout >= 1) {
      throw new InputException("layer dropout must be in [0, 1), got " + dropout);
    }
    Activations.validate(activation);
  }

  /** A dense layer (the form experiment files had before convolutions). */
  public LayerSpec(Integer units, String activation, Double dropout) {
    this(DENSE, units, null, null, null, null, null, activation, dropout);
  }

  /** A dense layer with the default activation and no dropout. */
  public static LayerSpec of(int units) {
    return new LayerSpec(units, null, null);
  }

  /** A conv layer with stride 1, no padding and the given activation. */
  public static LayerSpec conv(int filters, int kernel, String activation) {
    return new LayerSpec(CONV, null, filters, kernel, null, null, null, activation, null);
  }

  /** A max-pooling layer of {@code pool × pool} windows, stride {@code pool}. */
  public static LayerSpec maxPool(int pool, String activation) {
    return new LayerSpec(MAXPOOL, null, null, null, null, null, pool, activation, null);
  }

  private static void require(String type, String field, Integer value, int min) {
    if (value == null || value < min) {
      throw new InputException("a " + type + " layer needs \"" + field + "\" ≥ " + min + ", got " + value);
    }
  }

  private static void forbid(String type, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        throw new InputException("a " + type + " layer has no \"" + namesAndValues[i] + "\"");
      }
    }
  }
}
