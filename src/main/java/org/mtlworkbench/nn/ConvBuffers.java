package org.mtlworkbench.nn;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reused buffers of one {@link Conv2D}: allocated when the batch size or the precision
 * changes, so that a training step allocates nothing else. Per compute thread ({@link
 * ParallelGemm#forBands}) a {@link Part} holds the scratch that the thread's images go through.
 */
final class ConvBuffers {
  final int filters;
  final int patch;
  final int positions;
  final int inputSize;
  /** Values of an output row (the pooled size when the layer pools). */
  final int outputSize;
  /** Images interleaved and put through one product ({@link Im2Col}). */
  final int band;

  DataType type;
  int rows = -1;
  /**
   * The input batch on the heap as it came ({@code rawInputHost}) and with each group of {@link
   * #band} images interleaved ({@code inputHost}, the same array when the band is 1), and (K·B
   * rows of) the input gradient on the heap.
   */
  Object rawInputHost;
  Object inputHost;
  Object inputGradientHost;
  /** {@code [W | b]}, {@code F × (patch + 1)}, assembled from the parameters at each forward. */
  INDArray augmented;
  INDArray output;
  /** When the layer pools: the pooled batch on the heap and the positions of the maxima. */
  Object outputHost;
  int[] argmax = new int[0];
  private Object gradientHost;
  private Object augmentedHost;
  private Object parameterHost;
  private Object sumHost;
  private Object partHost;
  private INDArray[] inputGradients = new INDArray[0];
  private Part[] parts = new Part[0];

  /** One thread's scratch, for one group of {@link #band} interleaved images at a time. */
  static final class Part {
    /** The group's augmented patch matrix ({@link Im2Col}) in native memory: the patch rows, then a row of ones. */
    final INDArray columns;
    /** Writes into {@link #columns}; {@code ones} is a row of ones to copy from. */
    private final RunSink columnsSink;
    private final Object ones;
    /** The group's feature maps (or their gradient), {@code F × positions·m}, native and on the heap. */
    final INDArray maps;
    final Object mapsHost;
    INDArray columnGradient;
    Object columnGradientHost;
    /** The group's input gradient, interleaved, and the scratch its scatter-add copies runs into. */
    Object inputGradientHost;
    Object scatterScratch;
    /**
     * Per stacked copy: this thread's share of {@code [dW | db]}, accumulated transposed, {@code
     * (patch + 1) × F}: OpenBLAS ran that orientation faster on both of Multi-LeNet's layers
     * (one core, 256 images in groups: 2.1 against 3.0 ms on the first, 2.7–2.9 against 3.6–3.8
     * on the second).
     */
    INDArray[] weightGradients = new INDArray[0];
    boolean used;

    Part(DataType type, int filters, int patch, int positions, int band) {
      maps = Nd4j.create(type, filters, (long) positions * band);
      mapsHost = HostCopy.allocate(type, filters * positions * band);
      columns = Nd4j.create(type, patch + 1, (long) positions * band);
      columnsSink = RunSink.of(columns);
      ones = HostCopy.allocate(type, positions * band);
      HostCopy.fill(ones, 0, positions * band, 1.0);
    }

    /**
     * Makes the augmented patch matrix of the {@code m} interleaved images at {@code
     * inputHost[offset ..]} in {@link #columns}; returns its address.
     */
    Pointer patchMatrix(Im2Col patches, Object inputHost, int offset, int m) {
      int n = patches.positions() * m;
      int patch = patches.patch();
      patches.gather(inputHost, offset, columnsSink, 0, m);
      columnsSink.copy(ones, 0, patch * n, n);
      return Blas.pointer(columns);
    }
  }

  ConvBuffers(int filters, int patch, int positions, int inputSize, int outputSize, int band) {
    this.band = band;
    this.outputSize = outputSize;
    this.filters = filters;
    this.patch = patch;
    this.positions = positions;
    this.inputSize = inputSize;
  }

  Part part(int index) {
    return parts[index];
  }

  void ensureForward(int batch, DataType t) {
    if (batch != rows || t != type) {
      rows = batch;
      type = t;
      inputHost = HostCopy.allocate(t, batch * inputSize);
      rawInputHost = band == 1 ? inputHost : HostCopy.allocate(t, batch * inputSize);
      inputGradientHost = null;
      output = Nd4j.create(t, batch, outputSize);
      outputHost = HostCopy.allocate(t, batch * outputSize);
      argmax = new int[batch * outputSize];
      gradientHost = null;
      augmented = Nd4j.create(t, filters, patch + 1);
      augmentedHost = HostCopy.allocate(t, filters * (patch + 1));
      parameterHost = HostCopy.allocate(t, filters * (patch + 1));
      sumHost = HostCopy.allocate(t, filters * (patch + 1));
      partHost = HostCopy.allocate(t, filters * (patch + 1));
      inputGradients = new INDArray[0];
      parts = new Part[0];
    }
    ensureParts();
  }

  private void ensureParts() {
    int n = ParallelGemm.parts();
    if (parts.length < n) {
      Part[] grown = java.util.Arrays.copyOf(parts, n);
      for (int i = parts.length; i < n; i++) {
        grown[i] = new Part(type, filters, patch, positions, band);
      }
      parts = grown;
    }
  }

  /** Copies {@code W} and {@code b} from the bound parameters into {@code [W | b]}. */
  void augmentWeights(Pointer parameters) {
    int weights = filters * patch;
    HostCopy.get(parameters, 0, parameterHost, 0, weights + filters);
    for (int f = 0; f < filters; f++) {
      System.arraycopy(parameterHost, f * patch, augmentedHost, f * (patch + 1), patch);
      System.arraycopy(parameterHost, weights + f, augmentedHost, f * (patch + 1) + patch, 1);
    }
    HostCopy.put(augmentedHost, 0, filters * (patch + 1), Blas.pointer(augmented), 0);
  }

  void ensureBackward(int copies, boolean needInputGradient) {
    ensureParts();
    for (Part p : parts) {
      p.used = false;
      if (p.weightGradients.length < copies) {
        INDArray[] grown = java.util.Arrays.copyOf(p.weightGradients, copies);
        for (int k = p.weightGradients.length; k < copies; k++) {
          grown[k] = Nd4j.create(type, patch + 1, filters);
        }
        p.weightGradients = grown;
      }
      if (needInputGradient && p.columnGradient == null) {
        p.columnGradient = Nd4j.create(type, patch, (long) positions * band);
        p.columnGradientHost = HostCopy.allocate(type, patch * positions * band);
        p.inputGradientHost = HostCopy.allocate(type, inputSize * band);
        p.scatterScratch = HostCopy.allocate(type, inputSize * band);
      }
    }
    if (needInputGradient && (inputGradientHost == null || HostCopy.length(inputGradientHost) < copies * rows * inputSize)) {
      inputGradientHost = HostCopy.allocate(type, copies * rows * inputSize);
    }
  }

  /** Heap room for {@code copies} stacked output gradients (any {@code copies} gives the array last made). */
  Object gradientHost(int copies) {
    if (gradientHost == null || HostCopy.length(gradientHost) < copies * rows * outputSize) {
      gradientHost = HostCopy.allocate(type, copies * rows * outputSize);
    }
    return gradientHost;
  }

  /** The {@code (copies·B) × in} input gradient array for this many stacked copies. */
  INDArray inputGradient(int copies) {
    if (inputGradients.length <= copies) {
      inputGradients = java.util.Arrays.copyOf(inputGradients, copies + 1);
    }
    if (inputGradients[copies] == null) {
      inputGradients[copies] = Nd4j.create(type, (long) copies * rows, inputSize);
    }
    return inputGradients[copies];
  }

  /**
   * Sums the threads' {@code [dW | db]} of each copy and writes it, in the parameter layout ({@code
   * W} then {@code b}), at {@code targets[k]}.
   */
  void writeParameterGradients(Pointer[] targets) {
    int n = filters * (patch + 1);
    for (int k = 0; k < targets.length; k++) {
      boolean first = true;
      for (Part p : parts) {
        if (!p.used) {
          continue;
        }
        Pointer src = Blas.pointer(p.weightGradients[k]);
        if (first) {
          HostCopy.get(src, 0, sumHost, 0, n);
          first = false;
        } else {
          HostCopy.get(src, 0, partHost, 0, n);
          HostCopy.add(partHost, sumHost, n);
        }
      }
      int weights = filters * patch;
      untranspose(sumHost, parameterHost);
      HostCopy.put(parameterHost, 0, weights + filters, targets[k], 0);
    }
  }

  /** {@code [dW | db]ᵀ} ({@code (patch + 1) × F}) into the parameter layout ({@code W} row by row, then {@code b}). */
  private void untranspose(Object src, Object dst) {
    int rowsOut = patch + 1;
    if (src instanceof float[] s) {
      float[] d = (float[]) dst;
      for (int e = 0; e < rowsOut; e++) {
        for (int f = 0; f < filters; f++) {
          d[e < patch ? f * patch + e : filters * patch + f] = s[e * filters + f];
        }
      }
    } else {
      double[] s = (double[]) src;
      double[] d = (double[]) dst;
      for (int e = 0; e < rowsOut; e++) {
        for (int f = 0; f < filters; f++) {
          d[e < patch ? f * patch + e : filters * patch + f] = s[e * filters + f];
        }
      }
    }
  }
}
