package org.mtlworkbench.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Bulk copies between native memory (an INDArray's buffer, as a {@link Pointer}) and a Java array
 * of the same precision: a {@code float[]} for training, a {@code double[]} for gradient checks.
 * The array is passed as {@code Object} so that a layer's host-side kernels are written once per
 * precision and the layer itself not at all.
 *
 * <p>Why copies at all: the convolution and pooling kernels are gathers and scatters that run
 * fastest in plain Java loops on heap arrays; each call moves its data in and out in one
 * {@code memcpy}-like JNI call per block, against one JNI call per element through the pointer.
 */
final class HostCopy {
  private HostCopy() {}

  /** A zeroed heap array of {@code n} elements in {@code type}'s precision. */
  static Object allocate(DataType type, int n) {
    return switch (type) {
      case FLOAT -> new float[n];
      case DOUBLE -> new double[n];
      default -> throw new IllegalArgumentException("host kernels support FLOAT and DOUBLE, got " + type);
    };
  }

  /** Length of a host array made by {@link #allocate}. */
  static int length(Object array) {
    return array instanceof float[] f ? f.length : ((double[]) array).length;
  }

  /** Copies {@code n} elements from {@code src + srcOffset} (native) into {@code dst[dstOffset ..]}. */
  static void get(Pointer src, long srcOffset, Object dst, int dstOffset, int n) {
    if (dst instanceof float[] f) {
      FloatPointer p = new FloatPointer(src);
      p.position(p.position() + srcOffset).get(f, dstOffset, n);
    } else {
      DoublePointer p = new DoublePointer(src);
      p.position(p.position() + srcOffset).get((double[]) dst, dstOffset, n);
    }
  }

  /** Copies {@code src[srcOffset .. srcOffset + n)} into native memory at {@code dst + dstOffset}. */
  static void put(Object src, int srcOffset, int n, Pointer dst, long dstOffset) {
    if (src instanceof float[] f) {
      FloatPointer p = new FloatPointer(dst);
      p.position(p.position() + dstOffset).put(f, srcOffset, n);
    } else {
      DoublePointer p = new DoublePointer(dst);
      p.position(p.position() + dstOffset).put((double[]) src, srcOffset, n);
    }
  }

  /** {@code y[0 .. n) += x[0 .. n)}. */
  static void add(Object x, Object y, int n) {
    if (x instanceof float[] xf) {
      float[] yf = (float[]) y;
      for (int i = 0; i < n; i++) {
        yf[i] += xf[i];
      }
    } else {
      double[] xd = (double[]) x;
      double[] yd = (double[]) y;
      for (int i = 0; i < n; i++) {
        yd[i] += xd[i];
      }
    }
  }

  /** Sets {@code a[from .. to)} to {@code value}. */
  static void fill(Object a, int from, int to, double value) {
    if (a instanceof float[] f) {
      java.util.Arrays.fill(f, from, to, (float) value);
    } else {
      java.util.Arrays.fill((double[]) a, from, to, value);
    }
  }
}
