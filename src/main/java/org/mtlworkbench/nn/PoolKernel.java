package org.mtlworkbench.nn;

/**
 * The arithmetic of max pooling (with an optional ReLU after it) on heap arrays, for a run of
 * consecutive {@code H × W} planes: used by {@link MaxPool2D} on a whole batch and by a {@link
 * Conv2D} with pooling on one image at a time, while that image's feature maps are in cache.
 *
 * <p>{@link #pool} writes the maxima and, per output value, the offset of its maximum relative to
 * the planes' start (−1 when the ReLU cut it: the gradient goes nowhere, as PyTorch's ReLU
 * derivative is 0 at 0); {@link #route} adds output gradients onto those offsets. Ties go to the
 * first maximum in row-major order, as in PyTorch. Arrays are {@code float[]} or {@code double[]}
 * ({@link HostCopy}).
 */
final class PoolKernel {
  private final int height;
  private final int width;
  private final int pool;
  private final int stride;
  private final int outHeight;
  private final int outWidth;
  private final boolean relu;

  PoolKernel(ImageShape in, ImageShape out, int pool, int stride, boolean relu) {
    this.height = in.height();
    this.width = in.width();
    this.pool = pool;
    this.stride = stride;
    this.outHeight = out.height();
    this.outWidth = out.width();
    this.relu = relu;
  }

  boolean relu() {
    return relu;
  }

  /**
   * Pools {@code planes} planes starting at {@code x[xOff]} into {@code y[yOff ..]}, recording
   * the positions in {@code argmax[yOff ..]} (offsets from {@code xOff}).
   */
  void pool(Object x, int xOff, Object y, int yOff, int[] argmax, int planes) {
    pool(x, xOff, y, yOff, argmax, planes, 1);
  }

  /**
   * {@link #pool} on {@code m} images interleaved ({@link Interleave}): the planes of image {@code
   * b} are the values {@code x[xOff + q·m + b]}; its pooled values go to {@code y[yOff + b·n + o]}
   * and their positions (offsets within the image's planes, as for one image) to {@code
   * argmax[yOff + b·n + o]}, where {@code n} is the pooled size of the planes.
   */
  void pool(Object x, int xOff, Object y, int yOff, int[] argmax, int planes, int m) {
    if (x instanceof float[] xf) {
      if (pool == 2 && stride == 2) {
        for (int plane = 0; plane < planes; plane++) {
          for (int i = 0; i < outHeight; i++) {
            poolRowTwo(xf, xOff, (plane * height + 2 * i) * width, (float[]) y, argmax,
                yOff + (plane * outHeight + i) * outWidth, m, planes * outHeight * outWidth);
          }
        }
      } else {
        poolFloat(xf, xOff, (float[]) y, yOff, argmax, planes, m);
      }
    } else {
      poolDouble((double[]) x, xOff, (double[]) y, yOff, argmax, planes, m);
    }
  }

  /**
   * One output row of the 2×2, stride-2 case without branches on the data: the maxima through
   * {@link Math#max} (which keeps NaN) and the positions through selects (compiled to
   * conditional moves); the same result as the general loop except that where a window holds NaN
   * the output is NaN but its position may differ. Random activations make the general loop's
   * comparisons unpredictable; this ran ~2.5× faster.
   */
  private void poolRowTwo(float[] xs, int xOff, int row, float[] ys, int[] argmax, int o, int m, int n) {
    int w = width;
    for (int j = 0; j < outWidth; j++, o++) {
      int p = row + 2 * j;
      int q = xOff + p * m;
      for (int b = 0, t = o; b < m; b++, q++, t += n) {
        float a = xs[q];
        float bb = xs[q + m];
        float c = xs[q + w * m];
        float d = xs[q + (w + 1) * m];
        int top = bb > a ? p + 1 : p;
        float topMax = Math.max(a, bb);
        int bottom = d > c ? p + w + 1 : p + w;
        float bottomMax = Math.max(c, d);
        int best = bottomMax > topMax ? bottom : top;
        float max = Math.max(topMax, bottomMax);
        if (relu) {
          best = max > 0 ? best : -1;
          max = Math.max(max, 0f);
        }
        ys[t] = max;
        argmax[t] = best;
      }
    }
  }

  private void poolFloat(float[] xs, int xOff, float[] ys, int yOff, int[] argmax, int planes, int m) {
    int n = planes * outHeight * outWidth;
    for (int b = 0; b < m; b++) {
      int o = yOff + b * n;
      for (int plane = 0; plane < planes; plane++) {
        int base = plane * height * width;
        for (int i = 0; i < outHeight; i++) {
          for (int j = 0; j < outWidth; j++, o++) {
            int best = base + i * stride * width + j * stride;
            float max = xs[xOff + best * m + b];
            for (int u = 0; u < pool; u++) {
              int rowStart = base + (i * stride + u) * width + j * stride;
              for (int v = 0; v < pool; v++) {
                float value = xs[xOff + (rowStart + v) * m + b];
                if (value > max || value != value && max == max) {
                  max = value;
                  best = rowStart + v;
                }
              }
            }
            if (relu && !(max > 0) && max == max) {
              max = 0f;
              best = -1;
            }
            ys[o] = max;
            argmax[o] = best;
          }
        }
      }
    }
  }

  private void poolDouble(double[] xs, int xOff, double[] ys, int yOff, int[] argmax, int planes, int m) {
    int n = planes * outHeight * outWidth;
    for (int b = 0; b < m; b++) {
      int o = yOff + b * n;
      for (int plane = 0; plane < planes; plane++) {
        int base = plane * height * width;
        for (int i = 0; i < outHeight; i++) {
          for (int j = 0; j < outWidth; j++, o++) {
            int best = base + i * stride * width + j * stride;
            double max = xs[xOff + best * m + b];
            for (int u = 0; u < pool; u++) {
              int rowStart = base + (i * stride + u) * width + j * stride;
              for (int v = 0; v < pool; v++) {
                double value = xs[xOff + (rowStart + v) * m + b];
                if (value > max || value != value && max == max) {
                  max = value;
                  best = rowStart + v;
                }
              }
            }
            if (relu && !(max > 0) && max == max) {
              max = 0.0;
              best = -1;
            }
            ys[o] = max;
            argmax[o] = best;
          }
        }
      }
    }
  }

  /**
   * Adds {@code dy[dyOff + o]} onto {@code dx[dxOff + argmax[aOff + o]]} for the {@code n} outputs
   * {@code o} (those the ReLU cut are skipped); {@code dx} is not cleared first.
   */
  static void route(Object dy, int dyOff, Object dx, int dxOff, int[] argmax, int aOff, int n) {
    if (dy instanceof float[] df) {
      float[] xf = (float[]) dx;
      for (int o = 0; o < n; o++) {
        int a = argmax[aOff + o];
        if (a >= 0) {
          xf[dxOff + a] += df[dyOff + o];
        }
      }
    } else {
      double[] dd = (double[]) dy;
      double[] xd = (double[]) dx;
      for (int o = 0; o < n; o++) {
        int a = argmax[aOff + o];
        if (a >= 0) {
          xd[dxOff + a] += dd[dyOff + o];
        }
      }
    }
  }

  /**
   * {@link #route} into {@code m} interleaved images ({@link Interleave}): for image {@code b < m},
   * adds {@code dy[dyOff + b·n + o]} onto {@code dx[dxOff + argmax[aOff + b·n + o]·m + b]}.
   */
  static void route(Object dy, int dyOff, Object dx, int dxOff, int[] argmax, int aOff, int n, int m) {
    if (m == 1) {
      route(dy, dyOff, dx, dxOff, argmax, aOff, n);
    } else if (dy instanceof float[] df) {
      float[] xf = (float[]) dx;
      for (int b = 0; b < m; b++) {
        for (int o = 0, t = b * n; o < n; o++, t++) {
          int a = argmax[aOff + t];
          if (a >= 0) {
            xf[dxOff + a * m + b] += df[dyOff + t];
          }
        }
      }
    } else {
      double[] dd = (double[]) dy;
      double[] xd = (double[]) dx;
      for (int b = 0; b < m; b++) {
        for (int o = 0, t = b * n; o < n; o++, t++) {
          int a = argmax[aOff + t];
          if (a >= 0) {
            xd[dxOff + a * m + b] += dd[dyOff + t];
          }
        }
      }
    }
  }
}
