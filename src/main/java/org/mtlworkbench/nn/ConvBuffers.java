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
  /** Elements of one image's augmented patch matrix, {@code (patch + 1) × positions}. */
  final int columnBlock;

  DataType type;
  int rows = -1;
  /** The input batch on the heap, and (K·B rows of) the input gradient on the heap. */
  Object inputHost;
  Object inputGradientHost;
  /** Every image's augmented patch matrix {@code [X̂_b; 1ᵀ]}, kept for the backward passes. */
  INDArray columns;
  /** {@code [W | b]}, {@code F × (patch + 1)}, assembled from the parameters at each forward. */
  INDArray augmented;
  INDArray output;
  private Object augmentedHost;
  private Object parameterHost;
  private Object sumHost;
  private Object partHost;
  private INDArray[] inputGradients = new INDArray[0];
  private Part[] parts = new Part[0];

  /** One thread's scratch. */
  static final class Part {
    /** One image's augmented patch matrix; its last row (the ones) is written once. */
    final Object columnsHost;
    INDArray columnGradient;
    Object columnGradientHost;
    /** Per stacked copy: this thread's share of {@code [dW | db]}, {@code F × (patch + 1)}. */
    INDArray[] weightGradients = new INDArray[0];
    boolean used;

    Part(DataType type, int patch, int positions) {
      columnsHost = HostCopy.allocate(type, (patch + 1) * positions);
      HostCopy.fill(columnsHost, patch * positions, (patch + 1) * positions, 1.0);
    }
  }

  ConvBuffers(int filters, int patch, int positions, int inputSize) {
    this.filters = filters;
    this.patch = patch;
    this.positions = positions;
    this.inputSize = inputSize;
    this.columnBlock = (patch + 1) * positions;
  }

  Part part(int index) {
    return parts[index];
  }

  void ensureForward(int batch, DataType t) {
    if (batch != rows || t != type) {
      rows = batch;
      type = t;
      inputHost = HostCopy.allocate(t, batch * inputSize);
      inputGradientHost = null;
      columns = Nd4j.create(t, (long) batch * (patch + 1), positions);
      output = Nd4j.create(t, batch, (long) filters * positions);
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
        grown[i] = new Part(type, patch, positions);
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
          grown[k] = Nd4j.create(type, filters, patch + 1);
        }
        p.weightGradients = grown;
      }
      if (needInputGradient && p.columnGradient == null) {
        p.columnGradient = Nd4j.create(type, patch, positions);
        p.columnGradientHost = HostCopy.allocate(type, patch * positions);
      }
    }
    if (needInputGradient && (inputGradientHost == null || HostCopy.length(inputGradientHost) < copies * rows * inputSize)) {
      inputGradientHost = HostCopy.allocate(type, copies * rows * inputSize);
    }
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
      for (int f = 0; f < filters; f++) {
        System.arraycopy(sumHost, f * (patch + 1), parameterHost, f * patch, patch);
        System.arraycopy(sumHost, f * (patch + 1) + patch, parameterHost, weights + f, 1);
      }
      HostCopy.put(parameterHost, 0, weights + filters, targets[k], 0);
    }
  }
}
