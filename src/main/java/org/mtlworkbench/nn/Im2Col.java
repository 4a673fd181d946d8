package org.mtlworkbench.nn;

/**
 * The patch matrix of an image (or of a group of images, below) for a convolution, and its
 * adjoint: entry {@code (e, p)} of the {@code (C·k·k) × (H'·W')} matrix, with {@code e = (c·k +
 * u)·k + v} and {@code p = i·W' + j}, is input value {@code (c, s·i + u − pad, s·j + v − pad)},
 * or 0 when that falls in the padding (Chellapilla et al. 2006).
 *
 * <p>Both directions walk runs: for a fixed {@code (c, u, v)} and output row {@code i}, the
 * entries {@code j} of the run whose input column is inside the image come from one input row
 * (contiguous when the stride is 1, so one {@code System.arraycopy}); the columns in the padding
 * are a fixed range per {@code v}, computed once. This replaces an index map with one entry per
 * matrix element (an extra load per element; with its whole-batch copies it took about two
 * thirds of the convolution layers' time in the profile of PERFORMANCE.md, section B3).
 *
 * <p>Both work on {@code m} images at once, interleaved: image {@code b}'s input value {@code (c, r,
 * x)} is at {@code ((c·H + r)·W + x)·m + b} and its patch-matrix entry {@code (e, p)} at {@code (e·H'·W'
 * + p)·m + b}, so the patch matrix of the m images is one {@code (C·k·k) × (H'·W'·m)} matrix and a run
 * is {@code m} times longer. On Multi-LeNet's second layer a run of one image is 8 values, and a
 * copy or add of 8 values costs mostly its loop and call overhead; with 16 images interleaved
 * ({@link Conv2D#bandFor}) the runs are 128 long. {@code m = 1} is the plain layout.
 *
 * <p>Why not ND4J's {@code im2col}/{@code col2im} ops: measured on one core with a batch of 256
 * 28×28 images and 5×5 kernels, the native {@code im2col} took ~45 ms. Arrays are {@code float[]}
 * or {@code double[]} ({@link HostCopy}); the patch matrix may also go straight to native memory
 * ({@link RunSink}).
 */
final class Im2Col {
  private final int channels;
  private final int height;
  private final int width;
  private final int kernel;
  private final int stride;
  private final int padding;
  private final int outHeight;
  private final int outWidth;
  /** Per {@code v}: the first and one past the last output column {@code j} whose input column is inside. */
  private final int[] firstInside;
  private final int[] endInside;

  Im2Col(ImageShape in, ImageShape out, int kernel, int stride, int padding) {
    this.channels = in.channels();
    this.height = in.height();
    this.width = in.width();
    this.kernel = kernel;
    this.stride = stride;
    this.padding = padding;
    this.outHeight = out.height();
    this.outWidth = out.width();
    this.firstInside = new int[kernel];
    this.endInside = new int[kernel];
    for (int v = 0; v < kernel; v++) {
      int first = 0;
      while (first < outWidth && stride * first + v - padding < 0) {
        first++;
      }
      int end = outWidth;
      while (end > first && stride * (end - 1) + v - padding >= width) {
        end--;
      }
      firstInside[v] = first;
      endInside[v] = end;
    }
  }

  /** Rows of the patch matrix, {@code C·k·k}. */
  int patch() {
    return channels * kernel * kernel;
  }

  /** Columns of the patch matrix, {@code H'·W'}. */
  int positions() {
    return outHeight * outWidth;
  }

  /**
   * Writes the patch matrix of the {@code m} interleaved images at {@code x[xOff ..]} into {@code
   * cols[cOff ..]} ({@code patch() × positions()·m}, row-major), padding entries included (as zeros).
   */
  void gather(Object x, int xOff, Object cols, int cOff, int m) {
    gather(x, xOff, RunSink.of(cols), cOff, m);
  }

  /** {@link #gather} into a sink: a heap array or native memory. */
  void gather(Object x, int xOff, RunSink cols, int cOff, int m) {
    int d = cOff;
    int run = outWidth * m;
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int first = firstInside[v];
          int end = endInside[v];
          int col0 = v - padding;
          for (int i = 0; i < outHeight; i++, d += run) {
            int r = stride * i + u - padding;
            if (r < 0 || r >= height || first >= end) {
              cols.zero(d, run);
              continue;
            }
            if (first > 0) {
              cols.zero(d, first * m);
            }
            int src = xOff + ((c * height + r) * width + col0) * m;
            if (stride == 1) {
              cols.copy(x, src + first * m, d + first * m, (end - first) * m);
            } else {
              for (int j = first; j < end; j++) {
                cols.copy(x, src + stride * j * m, d + j * m, m);
              }
            }
            if (end < outWidth) {
              cols.zero(d + end * m, run - end * m);
            }
          }
        }
      }
    }
  }

  /**
   * The adjoint of {@link #gather}: adds every entry of the patch matrix at {@code cols[cOff ..]}
   * onto its input position in {@code dx[xOff ..]} (entries in the padding are dropped).
   */
  void scatterAdd(Object cols, int cOff, Object dx, int xOff, int m) {
    scatterAdd(cols, cOff, dx, xOff, m, null);
  }

  /**
   * {@link #scatterAdd} with a scratch array as long as {@code dx} (or null): each run of the
   * patch matrix is first copied into the scratch at its place in {@code dx}, so that the add reads
   * both arrays at the same index. HotSpot 17's auto-vectoriser vectorises a loop only then (a
   * shifted read {@code dx[q] += cols[q + s]} ran at 2–3 G adds/s, the aligned one at 8–10).
   */
  void scatterAdd(Object cols, int cOff, Object dx, int xOff, int m, Object scratch) {
    if (cols instanceof float[] cf) {
      if (stride == 1 && scratch != null) {
        scatterAddUnitStride(cf, cOff, (float[]) dx, xOff, m, (float[]) scratch);
      } else {
        scatterAdd(cf, cOff, (float[]) dx, xOff, m);
      }
    } else {
      scatterAdd((double[]) cols, cOff, (double[]) dx, xOff, m);
    }
  }

  private void scatterAdd(float[] cols, int cOff, float[] dx, int xOff, int m) {
    int d = cOff;
    int run = outWidth * m;
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int first = firstInside[v];
          int end = endInside[v];
          int col0 = v - padding;
          for (int i = 0; i < outHeight; i++, d += run) {
            int r = stride * i + u - padding;
            if (r < 0 || r >= height) {
              continue;
            }
            int dst = xOff + ((c * height + r) * width + col0) * m;
            for (int j = first; j < end; j++) {
              int to = dst + stride * j * m;
              int from = d + j * m;
              for (int b = 0; b < m; b++) {
                dx[to + b] += cols[from + b];
              }
            }
          }
        }
      }
    }
  }

  /**
   * {@link #scatterAdd} for stride 1, with the loops over the kernel column {@code v} and the output
   * row {@code i} swapped: the {@code k} runs added into one input row follow each other while that
   * row is in registers and L1, instead of {@code H'} rows apart. Each input entry still receives its
   * terms in the same order ({@code u}, then {@code v}), so the sums are bit for bit those of the
   * other loop order. Measured on Multi-LeNet's second layer (10@12×12, 5×5): 4.5 against 5.9 ms per
   * 256 images, one core.
   */
  private void scatterAddUnitStride(float[] cols, int cOff, float[] dx, int xOff, int m, float[] lined) {
    int rowsPerV = outHeight * outWidth * m;
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        int base = cOff + (c * kernel + u) * kernel * rowsPerV;
        for (int i = 0; i < outHeight; i++) {
          int r = i + u - padding;
          if (r < 0 || r >= height) {
            continue;
          }
          int row = xOff + ((c * height + r) * width - padding) * m;
          for (int v = 0; v < kernel; v++) {
            int from = row + v * m + firstInside[v] * m;
            int to = row + v * m + endInside[v] * m;
            int src = base + v * rowsPerV + i * outWidth * m + firstInside[v] * m;
            System.arraycopy(cols, src, lined, from, to - from);
            for (int q = from; q < to; q++) {
              dx[q] += lined[q];
            }
          }
        }
      }
    }
  }

  private void scatterAdd(double[] cols, int cOff, double[] dx, int xOff, int m) {
    int d = cOff;
    int run = outWidth * m;
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int first = firstInside[v];
          int end = endInside[v];
          int col0 = v - padding;
          for (int i = 0; i < outHeight; i++, d += run) {
            int r = stride * i + u - padding;
            if (r < 0 || r >= height) {
              continue;
            }
            int dst = xOff + ((c * height + r) * width + col0) * m;
            for (int j = first; j < end; j++) {
              int to = dst + stride * j * m;
              int from = d + j * m;
              for (int b = 0; b < m; b++) {
                dx[to + b] += cols[from + b];
              }
            }
          }
        }
      }
    }
  }
}
