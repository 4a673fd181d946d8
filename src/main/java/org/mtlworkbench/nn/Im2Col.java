package org.mtlworkbench.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The patch matrices of a convolution and their adjoint, as a gather and a scatter-add through an
 * index map built once: entry {@code (e, p)} of an image's {@code (C·k·k) × (H'·W')} patch matrix,
 * with {@code e = (c·k + u)·k + v} and {@code p = i·W' + j}, is input value {@code (c, s·i + u − pad,
 * s·j + v − pad)}, or 0 when that falls in the padding.
 *
 * <p>Why not ND4J's {@code im2col}/{@code col2im} ops: measured on one core with a batch of 256
 * 28×28 images and 5×5 kernels, the native {@code im2col} took ~45 ms, against a few ms for a
 * bulk copy to the heap, this loop and a bulk copy back. Float and double get their own loops (the
 * float one is what training uses; the double one what gradient checks use).
 */
final class Im2Col {
  private final int[] map;
  private final int inputSize;
  private float[] xf = new float[0];
  private float[] cf = new float[0];
  private double[] xd = new double[0];
  private double[] cd = new double[0];

  Im2Col(ImageShape in, ImageShape out, int kernel, int stride, int padding) {
    int patch = in.channels() * kernel * kernel;
    int positions = out.height() * out.width();
    this.inputSize = (int) in.size();
    this.map = new int[patch * positions];
    for (int c = 0; c < in.channels(); c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int e = (c * kernel + u) * kernel + v;
          for (int i = 0; i < out.height(); i++) {
            for (int j = 0; j < out.width(); j++) {
              int r = stride * i + u - padding;
              int col = stride * j + v - padding;
              boolean inside = r >= 0 && r < in.height() && col >= 0 && col < in.width();
              map[e * positions + i * out.width() + j] = inside ? (c * in.height() + r) * in.width() + col : -1;
            }
          }
        }
      }
    }
  }

  /** Writes the patch matrices of the {@code rows} images of {@code x} into {@code columns}. */
  void columns(INDArray x, INDArray columns, int rows) {
    int n = rows * inputSize;
    int m = rows * map.length;
    if (x.dataType() == DataType.FLOAT) {
      xf = grow(xf, n);
      cf = grow(cf, m);
      ((FloatPointer) Blas.pointer(x)).get(xf, 0, n);
      for (int b = 0; b < rows; b++) {
        int xb = b * inputSize;
        int cb = b * map.length;
        for (int e = 0; e < map.length; e++) {
          int src = map[e];
          cf[cb + e] = src < 0 ? 0f : xf[xb + src];
        }
      }
      ((FloatPointer) Blas.pointer(columns)).put(cf, 0, m);
    } else {
      xd = grow(xd, n);
      cd = grow(cd, m);
      ((DoublePointer) Blas.pointer(x)).get(xd, 0, n);
      for (int b = 0; b < rows; b++) {
        int xb = b * inputSize;
        int cb = b * map.length;
        for (int e = 0; e < map.length; e++) {
          int src = map[e];
          cd[cb + e] = src < 0 ? 0.0 : xd[xb + src];
        }
      }
      ((DoublePointer) Blas.pointer(columns)).put(cd, 0, m);
    }
  }

  /** The adjoint: adds every patch-matrix entry of {@code columnGradient} back onto its input position. */
  void accumulate(INDArray columnGradient, INDArray inputGradient, int rows) {
    int n = rows * inputSize;
    int m = rows * map.length;
    if (columnGradient.dataType() == DataType.FLOAT) {
      xf = grow(xf, n);
      cf = grow(cf, m);
      ((FloatPointer) Blas.pointer(columnGradient)).get(cf, 0, m);
      java.util.Arrays.fill(xf, 0, n, 0f);
      for (int b = 0; b < rows; b++) {
        int xb = b * inputSize;
        int cb = b * map.length;
        for (int e = 0; e < map.length; e++) {
          int dst = map[e];
          if (dst >= 0) {
            xf[xb + dst] += cf[cb + e];
          }
        }
      }
      ((FloatPointer) Blas.pointer(inputGradient)).put(xf, 0, n);
    } else {
      xd = grow(xd, n);
      cd = grow(cd, m);
      ((DoublePointer) Blas.pointer(columnGradient)).get(cd, 0, m);
      java.util.Arrays.fill(xd, 0, n, 0.0);
      for (int b = 0; b < rows; b++) {
        int xb = b * inputSize;
        int cb = b * map.length;
        for (int e = 0; e < map.length; e++) {
          int dst = map[e];
          if (dst >= 0) {
            xd[xb + dst] += cd[cb + e];
          }
        }
      }
      ((DoublePointer) Blas.pointer(inputGradient)).put(xd, 0, n);
    }
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }

  private static double[] grow(double[] a, int n) {
    return a.length >= n ? a : new double[n];
  }
}
