package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.nn.ImageShape;

/**
 * The shape of a row as it passes through a stack of layers, worked out from the layer specs
 * alone: no layer is built and nothing is allocated. The engine ({@link NetworkBuilder}, the
 * checks of {@link ModelSpec}) and the model canvas both follow shapes through here, so that the
 * canvas shows what the engine will build and flags what it will refuse.
 *
 * <p>The arithmetic is that of {@code nn.Conv2D} and {@code nn.MaxPool2D}: a {@code k×k} window
 * with stride {@code s} and padding {@code p} over {@code n} pixels gives {@code ⌊(n + 2p − k)/s⌋
 * + 1} positions; a dense layer after an image flattens it to {@code C·H·W} values.
 */
public final class LayerShapes {
  private LayerShapes() {}

  /**
   * One layer of a stack with what it receives and what it passes on.
   *
   * @param layer the layer
   * @param input what it receives, {@code null} when unknown (the input is not known yet, or an
   *     earlier layer does not fit)
   * @param output what it passes on, {@code null} when unknown or when it does not fit
   * @param problem why the layer does not fit its input (one line, without where it is), or
   *     {@code null} when it fits
   */
  public record Step(LayerSpec layer, FeatureShape input, FeatureShape output, String problem) {
    public boolean fits() {
      return problem == null;
    }
  }

  /**
   * Follows {@code input} through {@code layers}, going on past a layer that does not fit (the
   * later shapes are then unknown), so that every misfit is found where it is.
   *
   * @param input what the first layer receives, {@code null} when unknown
   * @param knownFlat whether the rows the first layer receives are flat values even when their
   *     width is unknown (no input shape), so that a conv or pooling layer already misfits
   */
  public static List<Step> follow(FeatureShape input, boolean knownFlat, List<LayerSpec> layers) {
    List<Step> out = new ArrayList<>();
    FeatureShape shape = input;
    boolean flat = knownFlat || (input != null && !input.isImage());
    for (LayerSpec layer : layers) {
      Step step;
      if (needsImage(layer) && flat) {
        step = new Step(layer, shape, null, needsImageProblem(layer, shape));
      } else if (shape == null) {
        step = new Step(layer, null, null, null);
      } else {
        step = next(shape, layer);
      }
      out.add(step);
      shape = step.output();
      flat = flat || layer.type().equals(LayerSpec.DENSE) || layer.type().equals(LayerSpec.FLATTEN);
    }
    return out;
  }

  /** What one layer passes on when it receives {@code in} (known), or why it does not fit. */
  public static Step next(FeatureShape in, LayerSpec layer) {
    return switch (layer.type()) {
      case LayerSpec.DENSE -> new Step(layer, in, FeatureShape.flat(layer.units()), null);
      case LayerSpec.FLATTEN -> new Step(layer, in, FeatureShape.flat(in.width()), null);
      case LayerSpec.CONV -> window(layer, in, layer.filters(), layer.kernel(), layer.padding());
      case LayerSpec.MAXPOOL -> window(layer, in, in.isImage() ? in.image().channels() : 0, layer.pool(), 0);
      default -> throw new IllegalStateException("unknown layer type " + layer.type());
    };
  }

  private static Step window(LayerSpec layer, FeatureShape in, int channels, int k, int pad) {
    if (!in.isImage()) {
      return new Step(layer, in, null, needsImageProblem(layer, in));
    }
    ImageShape image = in.image();
    if (image.height() + 2 * pad < k || image.width() + 2 * pad < k) {
      String window = layer.type().equals(LayerSpec.CONV) ? "kernel" : "pool";
      return new Step(layer, in, null, "a " + k + "×" + k + " " + window + " does not fit its " + image + " input"
          + (pad > 0 ? " with padding " + pad : ""));
    }
    int s = layer.stride();
    return new Step(layer, in, FeatureShape.of(new ImageShape(channels, positions(image.height(), k, s, pad),
        positions(image.width(), k, s, pad))), null);
  }

  /** Window positions along one side: ⌊(n + 2p − k)/s⌋ + 1. */
  private static int positions(int n, int k, int s, int p) {
    return (n + 2 * p - k) / s + 1;
  }

  private static boolean needsImage(LayerSpec layer) {
    return layer.type().equals(LayerSpec.CONV) || layer.type().equals(LayerSpec.MAXPOOL);
  }

  private static String needsImageProblem(LayerSpec layer, FeatureShape in) {
    return "a " + layer.type() + " layer needs an image input, but it receives "
        + (in == null ? "flat values" : in.width() + " flat values");
  }
}
