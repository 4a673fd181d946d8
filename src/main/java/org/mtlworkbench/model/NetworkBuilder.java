package org.mtlworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.Seeds;
import org.mtlworkbench.nn.Conv2D;
import org.mtlworkbench.nn.Dense;
import org.mtlworkbench.nn.Dropout;
import org.mtlworkbench.nn.Flatten;
import org.mtlworkbench.nn.ImageShape;
import org.mtlworkbench.nn.Layer;
import org.mtlworkbench.nn.MaxPool2D;
import org.mtlworkbench.nn.Sequential;

/**
 * Turns layer specs into a {@link Sequential} network, following the shape of a row from layer to
 * layer as {@link LayerShapes} works it out: a conv or pooling layer needs an image ({@link
 * FeatureShape#image()}), a dense layer after an image is preceded by a {@link Flatten}.
 */
final class NetworkBuilder {
  private NetworkBuilder() {}

  /**
   * The shape of the model's input: an image when {@code spec.inputShape()} is given (its {@code C·H·W}
   * must equal the data's feature count), otherwise {@code inputWidth} flat values.
   */
  static FeatureShape inputShape(ModelSpec spec, long inputWidth) {
    if (spec.inputShape() == null) {
      return FeatureShape.flat(inputWidth);
    }
    ImageShape image = spec.image();
    if (image.size() != inputWidth) {
      throw new InputException("model.inputShape: " + spec.inputShape() + " holds " + image.size()
          + " values per row but the data has " + inputWidth + " features");
    }
    return FeatureShape.of(image);
  }

  /**
   * @param input shape of the network's input
   * @param hidden hidden layers (each with its activation and dropout)
   * @param outputWidth width of a final linear output layer, or 0 for none
   * @param seed run seed; dropout masks are seeded by {@code seed} and {@code name}
   * @param name the network's name, e.g. "backbone" or "head/price"
   */
  static Sequential build(FeatureShape input, List<LayerSpec> hidden, int outputWidth, long seed, String name) {
    List<Layer> layers = new ArrayList<>();
    FeatureShape shape = input;
    int index = 0;
    for (LayerSpec spec : hidden) {
      shape = add(layers, shape, spec, fieldPath(name, index));
      if (fuse(layers, spec)) {
        MaxPool2D plain = (MaxPool2D) layers.remove(layers.size() - 1);
        boolean relu = spec.activation().equals("relu");
        MaxPool2D pool = relu ? MaxPool2D.withRelu(plain.inputShape(), spec.pool(), spec.stride()) : plain;
        Conv2D conv = (Conv2D) layers.remove(layers.size() - 1);
        layers.add(conv.withMaxPool(pool));
        if (!relu) {
          Activations.create(spec.activation()).ifPresent(layers::add);
        }
      } else if (spec.type().equals(LayerSpec.MAXPOOL) && spec.activation().equals("relu")) {
        MaxPool2D plain = (MaxPool2D) layers.remove(layers.size() - 1);
        layers.add(MaxPool2D.withRelu(plain.inputShape(), spec.pool(), spec.stride()));
      } else {
        Activations.create(spec.activation()).ifPresent(layers::add);
      }
      if (spec.dropout() > 0) {
        layers.add(new Dropout(spec.dropout(), Seeds.derive(seed, "dropout/" + name + "/" + index)));
      }
      index++;
    }
    if (outputWidth > 0) {
      shape = flatten(layers, shape);
      layers.add(new Dense(shape.width(), outputWidth));
    }
    return new Sequential(layers);
  }

  /**
   * A max-pooling layer right after a convolution (one without activation or dropout) becomes part
   * of it ({@link Conv2D#withMaxPool}), and a ReLU after a pooling layer part of the pooling ({@link
   * MaxPool2D#withRelu}, also where no convolution precedes it): the same function and gradients,
   * computed image by image while the feature maps are in cache, without passes of their own over
   * the batch.
   */
  private static boolean fuse(List<Layer> layers, LayerSpec spec) {
    int n = layers.size();
    return spec.type().equals(LayerSpec.MAXPOOL) && n >= 2 && layers.get(n - 1) instanceof MaxPool2D
        && layers.get(n - 2) instanceof Conv2D conv && !conv.pools();
  }

  /**
   * Shape of the output of the hidden stack, worked out without building it ({@link LayerShapes});
   * the first layer that does not fit its input is an {@link InputException} naming it, as in
   * {@link #build}.
   */
  static FeatureShape outputShape(FeatureShape input, List<LayerSpec> hidden, String name) {
    FeatureShape shape = input;
    for (int i = 0; i < hidden.size(); i++) {
      shape = fit(shape, hidden.get(i), fieldPath(name, i)).output();
    }
    return shape;
  }

  private static FeatureShape add(List<Layer> layers, FeatureShape shape, LayerSpec spec, String path) {
    FeatureShape out = fit(shape, spec, path).output();
    switch (spec.type()) {
      case LayerSpec.DENSE -> {
        shape = flatten(layers, shape);
        layers.add(new Dense(shape.width(), spec.units()));
      }
      case LayerSpec.CONV -> layers.add(new Conv2D(shape.image(), spec.filters(), spec.kernel(), spec.stride(), spec.padding()));
      case LayerSpec.MAXPOOL -> layers.add(new MaxPool2D(shape.image(), spec.pool(), spec.stride()));
      case LayerSpec.FLATTEN -> flatten(layers, shape);
      default -> throw new IllegalStateException("unknown layer type " + spec.type());
    }
    return out;
  }

  /** The layer's step from {@link LayerShapes}; an {@link InputException} naming the layer when it does not fit. */
  private static LayerShapes.Step fit(FeatureShape shape, LayerSpec spec, String path) {
    LayerShapes.Step step = LayerShapes.next(shape, spec);
    if (step.fits()) {
      return step;
    }
    String advice = shape.isImage() ? "" : "; set model.inputShape to [channels, height, width] and put " + spec.type()
        + " layers before any dense layer";
    throw new InputException(path + ": " + step.problem() + advice);
  }

  private static FeatureShape flatten(List<Layer> layers, FeatureShape shape) {
    if (!shape.isImage()) {
      return shape;
    }
    layers.add(new Flatten(shape.image()));
    return FeatureShape.flat(shape.width());
  }

  /** "model.backbone[2]" or "model.head[0]" for error messages. */
  private static String fieldPath(String name, int index) {
    return (name.startsWith("head") ? "model.head" : "model.backbone") + "[" + index + "]";
  }
}
