package org.mtlworkbench.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A chain of layers that is itself a layer: its parameters are the consecutive slices of its
 * layers' parameters, in order, and {@link #parameterSegments()} says where each layer's slice
 * lies so that per-layer gradient norms can be read from a flat gradient row. Segments are named
 * by layer kind and rank among layers of that kind ({@code dense1}, {@code dense2}); a nested
 * sequential contributes its own segments under its name ({@code sequential1/dense1}).
 */
public final class Sequential implements StackedBackward {
  private final List<Layer> layers;
  private final long[] offsets;
  private final long[] counts;
  private final long parameterCount;
  private final List<ParameterSegment> segments;
  private final SliceCache gradientSlices;
  private final INDArray[] noSlices;

  public Sequential(List<Layer> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a sequential needs at least one layer");
    }
    this.layers = List.copyOf(layers);
    this.offsets = new long[layers.size()];
    this.counts = new long[layers.size()];
    List<ParameterSegment> segs = new ArrayList<>();
    Map<String, Integer> perKind = new HashMap<>();
    long offset = 0;
    long width = -1;
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      width = checkWidth(layer, width, i);
      offsets[i] = offset;
      counts[i] = layer.parameterCount();
      if (counts[i] > 0) {
        String kind = layer.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        String name = kind + perKind.merge(kind, 1, Integer::sum);
        if (layer instanceof Sequential nested) {
          for (ParameterSegment inner : nested.parameterSegments()) {
            segs.add(new ParameterSegment(name + "/" + inner.name(), offset + inner.offset(), inner.length()));
          }
        } else {
          segs.add(new ParameterSegment(name, offset, counts[i]));
        }
      }
      offset += counts[i];
    }
    this.parameterCount = offset;
    this.segments = List.copyOf(segs);
    this.gradientSlices = new SliceCache(offsets, counts);
    this.noSlices = new INDArray[layers.size()];
  }

  private static long checkWidth(Layer layer, long width, int index) {
    if (layer instanceof WidthPreserving) {
      return width;
    }
    if (layer instanceof Dense dense && width >= 0 && dense.inputSize() != width) {
      throw new IllegalArgumentException("layer " + index + " (" + dense.describe()
          + ") expects width " + dense.inputSize() + " but the layer before gives " + width);
    }
    return layer.outputSize();
  }

  public List<Layer> layers() {
    return layers;
  }

  /** Where each layer with parameters sits in this sequential's parameter slice. */
  public List<ParameterSegment> parameterSegments() {
    return segments;
  }

  @Override
  public long outputSize() {
    for (int i = layers.size() - 1; i >= 0; i--) {
      if (!(layers.get(i) instanceof WidthPreserving)) {
        return layers.get(i).outputSize();
      }
    }
    return layers.get(layers.size() - 1).outputSize();
  }

  @Override
  public long parameterCount() {
    return parameterCount;
  }

  @Override
  public void bindParameters(INDArray flatParameters) {
    if (flatParameters.length() != parameterCount) {
      throw new IllegalArgumentException(
          "sequential needs " + parameterCount + " parameters, got " + flatParameters.length());
    }
    for (int i = 0; i < layers.size(); i++) {
      if (counts[i] > 0) {
        layers.get(i).bindParameters(FlatViews.vector(flatParameters, offsets[i], counts[i]));
      }
    }
  }

  @Override
  public void initialize(Random rng) {
    for (Layer layer : layers) {
      layer.initialize(rng);
    }
  }

  @Override
  public INDArray forward(INDArray input, boolean training) {
    INDArray x = input;
    for (Layer layer : layers) {
      x = layer.forward(x, training);
    }
    return x;
  }

  @Override
  public INDArray backward(INDArray gradOutput, INDArray gradParams, boolean needInputGradient) {
    INDArray[] slices = parameterCount > 0 ? gradientSlices.slices(gradParams) : noSlices;
    INDArray g = gradOutput;
    for (int i = layers.size() - 1; i >= 0; i--) {
      g = layers.get(i).backward(g, slices[i], i > 0 || needInputGradient);
    }
    return g;
  }

  /** Whether every layer supports {@link #backwardStacked}. */
  public boolean supportsStackedBackward() {
    for (Layer layer : layers) {
      if (!(layer instanceof StackedBackward) || layer instanceof Sequential s && !s.supportsStackedBackward()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stacked backward through every layer (see {@link StackedBackward}); layer i writes its
   * parameter gradients at {@code column} plus its offset in this sequential's slice.
   *
   * @throws UnsupportedOperationException when a layer does not support it ({@link
   *     #supportsStackedBackward()})
   */
  @Override
  public INDArray backwardStacked(INDArray gradOutputs, int copies, INDArray gradRows, long column, boolean needInputGradient) {
    INDArray g = gradOutputs;
    for (int i = layers.size() - 1; i >= 0; i--) {
      if (!(layers.get(i) instanceof StackedBackward layer)) {
        throw new UnsupportedOperationException(layers.get(i).describe() + " has no stacked backward");
      }
      g = layer.backwardStacked(g, copies, gradRows, column + offsets[i], i > 0 || needInputGradient);
    }
    return g;
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Layer layer : layers) {
      parts.add(layer.describe());
    }
    return String.join(" → ", parts);
  }
}
