package org.mtlworkbench.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where {@link Im2Col#gather} writes its runs: a heap array, or straight into an INDArray's native
 * memory. Written straight into native memory, a patch matrix is not made on the heap first and
 * then copied over whole (one pass over ~1 MB less per group of images; Multi-LeNet, one core, 256
 * images: the four copies took about 1 ms a step).
 */
abstract class RunSink {
  /** Copies {@code src[srcOff .. srcOff + len)} ({@code float[]} or {@code double[]}) to positions {@code [dst, dst + len)}. */
  abstract void copy(Object src, int srcOff, int dst, int len);

  /** Writes zeros to positions {@code [dst, dst + len)}. */
  abstract void zero(int dst, int len);

  /** A sink writing into {@code array} ({@code float[]} or {@code double[]}). */
  static RunSink of(Object array) {
    return new Heap(array);
  }

  /** A sink writing into the native memory of {@code a} (FLOAT or DOUBLE, contiguous, no view offset). */
  static RunSink of(INDArray a) {
    return switch (a.dataType()) {
      case FLOAT -> new NativeFloat(a.data().asNioFloat());
      case DOUBLE -> new NativeDouble(a.data().asNioDouble());
      default -> throw new IllegalArgumentException("host kernels support FLOAT and DOUBLE, got " + a.dataType());
    };
  }

  private static final class Heap extends RunSink {
    private final Object array;

    Heap(Object array) {
      this.array = array;
    }

    @Override
    void copy(Object src, int srcOff, int dst, int len) {
      System.arraycopy(src, srcOff, array, dst, len);
    }

    @Override
    void zero(int dst, int len) {
      HostCopy.fill(array, dst, dst + len, 0.0);
    }
  }

  private static final class NativeFloat extends RunSink {
    private final FloatBuffer buffer;
    private float[] zeros = new float[0];

    NativeFloat(FloatBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    void copy(Object src, int srcOff, int dst, int len) {
      buffer.put(dst, (float[]) src, srcOff, len);
    }

    @Override
    void zero(int dst, int len) {
      if (zeros.length < len) {
        zeros = new float[len];
      }
      buffer.put(dst, zeros, 0, len);
    }
  }

  private static final class NativeDouble extends RunSink {
    private final DoubleBuffer buffer;
    private double[] zeros = new double[0];

    NativeDouble(DoubleBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    void copy(Object src, int srcOff, int dst, int len) {
      buffer.put(dst, (double[]) src, srcOff, len);
    }

    @Override
    void zero(int dst, int len) {
      if (zeros.length < len) {
        zeros = new double[len];
      }
      buffer.put(dst, zeros, 0, len);
    }
  }
}
