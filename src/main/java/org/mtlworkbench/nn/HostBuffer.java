package org.mtlworkbench.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bulk copies between an INDArray (row-major element order) and a Java {@code double[]}, reusing
 * its scratch arrays so that a copy per training step allocates nothing once sizes are stable.
 *
 * <p>Why: small per-row computations (a loss over 256 × 10 logits, a metric) cost one JNI copy
 * here and a tight Java loop, instead of half a dozen ND4J ops at tens of microseconds each.
 * Not thread-safe: one instance per user.
 */
public final class HostBuffer {
  private float[] floats = new float[0];
  private double[] doubles = new double[0];

  /**
   * Copies the elements of {@code a} (row-major order) into a reused array and returns it; only
   * the first {@code a.length()} entries are meaningful, and they stay valid until the next
   * {@code read} on this buffer.
   */
  public double[] read(INDArray a) {
    int n = length(a);
    INDArray src = contiguous(a);
    if (doubles.length < n) {
      doubles = new double[n];
    }
    if (src.dataType() == DataType.DOUBLE) {
      ((DoublePointer) Blas.pointer(src)).get(doubles, 0, n);
    } else if (src.dataType() == DataType.FLOAT) {
      float[] f = floatScratch(n);
      ((FloatPointer) Blas.pointer(src)).get(f, 0, n);
      for (int i = 0; i < n; i++) {
        doubles[i] = f[i];
      }
    } else {
      double[] d = src.castTo(DataType.DOUBLE).toDoubleVector();
      System.arraycopy(d, 0, doubles, 0, n);
    }
    return doubles;
  }

  /** Like {@link #read} but into a new array owned by the caller (for one-off use). */
  public static double[] copyOf(INDArray a) {
    double[] shared = new HostBuffer().read(a);
    int n = length(a);
    return shared.length == n ? shared : java.util.Arrays.copyOf(shared, n);
  }

  /** Writes {@code values[0 .. dst.length())} into {@code dst} (row-major order). */
  public void write(double[] values, INDArray dst) {
    int n = length(dst);
    if (!Blas.isContiguous(dst)) {
      throw new IllegalArgumentException("destination must be contiguous, got " + dst.shapeInfoToString());
    }
    if (dst.dataType() == DataType.DOUBLE) {
      ((DoublePointer) Blas.pointer(dst)).put(values, 0, n);
    } else if (dst.dataType() == DataType.FLOAT) {
      float[] f = floatScratch(n);
      for (int i = 0; i < n; i++) {
        f[i] = (float) values[i];
      }
      ((FloatPointer) Blas.pointer(dst)).put(f, 0, n);
    } else {
      throw new IllegalArgumentException("only FLOAT and DOUBLE arrays are supported, got " + dst.dataType());
    }
  }

  private float[] floatScratch(int n) {
    if (floats.length < n) {
      floats = new float[n];
    }
    return floats;
  }

  private static INDArray contiguous(INDArray a) {
    return Blas.isContiguous(a) ? a : a.dup('c');
  }

  private static int length(INDArray a) {
    long n = a.length();
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("array too large for a host copy: " + n);
    }
    return (int) n;
  }
}
