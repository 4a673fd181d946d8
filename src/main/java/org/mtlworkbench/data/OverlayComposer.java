package org.mtlworkbench.data;

import org.mtlworkbench.common.InputException;

/**
 * Puts two square images on one canvas and shrinks it back to the size of one image, as Sener &
 * Koltun 2018 ("Multi-Task Learning as Multi-Objective Optimization", NeurIPS, §6 and their
 * MultiMNIST loader) built MultiMNIST: for 28×28 images a 36×36 canvas, the first image at rows
 * and columns [0, 28), the second at [6, 34); where they overlap a pixel takes the larger of the
 * two values; then the canvas is resized to 28×28.
 *
 * <p>The canvas is 36 wide although the second image ends at 34: these are the paper's numbers,
 * kept as they are (the last two rows and columns stay black before resizing).
 *
 * <p>Resampling from 36 to 28 ({@code s = 36/28 = 9/7} canvas pixels per output pixel):
 *
 * <ul>
 *   <li>{@code nearest} (default, what the paper's loader did through {@code scipy.misc.imresize(…,
 *       interp='nearest')}): output pixel {@code (i, j)} takes canvas pixel {@code (⌊(i + ½)·s⌋,
 *       ⌊(j + ½)·s⌋)}, i.e. the canvas pixel under the output pixel's centre;
 *   <li>{@code area}: output pixel {@code (i, j)} is the mean of the canvas over the square {@code
 *       [i·s, (i+1)·s) × [j·s, (j+1)·s)}, each canvas pixel weighted by the area it shares with
 *       that square (a box filter; no pixel is skipped, so thin strokes are not lost).
 * </ul>
 */
public final class OverlayComposer {
  /** Side of an input and of an output image. */
  public static final int SIZE = 28;
  /** Where the second image starts on the canvas, in rows and in columns. */
  public static final int OFFSET = 6;
  /** Side of the canvas. */
  public static final int CANVAS = 36;

  /** How the canvas is shrunk to {@link #SIZE}. */
  public enum Resampling {
    NEAREST("nearest"),
    AREA("area");

    private final String id;

    Resampling(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** Parses the name used in experiment files; unknown names are an {@link InputException}. */
    public static Resampling parse(String name, String field) {
      for (Resampling r : values()) {
        if (r.id.equals(name)) {
          return r;
        }
      }
      throw new InputException(field + ": must be \"nearest\" or \"area\", got \"" + name + "\"");
    }
  }

  private final Resampling resampling;
  private final float[] canvas = new float[CANVAS * CANVAS];
  private final float[] rowsDone = new float[SIZE * CANVAS];

  public OverlayComposer(Resampling resampling) {
    this.resampling = resampling;
  }

  /**
   * Writes the composite of two {@code 28 × 28} images into {@code out[offset .. offset + 784)}.
   *
   * @param first item at the top left, values as given (e.g. 0..255)
   * @param second item at the bottom right
   * @param scale factor applied to every output value (e.g. 1/255)
   */
  public void compose(float[] first, float[] second, float scale, float[] out, int offset) {
    java.util.Arrays.fill(canvas, 0f);
    for (int r = 0; r < SIZE; r++) {
      for (int c = 0; c < SIZE; c++) {
        canvas[r * CANVAS + c] = first[r * SIZE + c];
      }
    }
    for (int r = 0; r < SIZE; r++) {
      for (int c = 0; c < SIZE; c++) {
        int at = (r + OFFSET) * CANVAS + c + OFFSET;
        canvas[at] = Math.max(canvas[at], second[r * SIZE + c]);
      }
    }
    if (resampling == Resampling.NEAREST) {
      for (int i = 0; i < SIZE; i++) {
        int src = nearest(i);
        for (int j = 0; j < SIZE; j++) {
          out[offset + i * SIZE + j] = scale * canvas[src * CANVAS + nearest(j)];
        }
      }
    } else {
      // Separable box filter: rows first into rowsDone (28 × 36), then columns.
      for (int i = 0; i < SIZE; i++) {
        for (int c = 0; c < CANVAS; c++) {
          rowsDone[i * CANVAS + c] = (float) boxMean(canvas, i, c, true);
        }
      }
      for (int i = 0; i < SIZE; i++) {
        for (int j = 0; j < SIZE; j++) {
          out[offset + i * SIZE + j] = scale * (float) boxMean(rowsDone, i, j, false);
        }
      }
    }
  }

  /** Canvas index under the centre of output index {@code i}: ⌊(i + ½)·36/28⌋ = ⌊(2i + 1)·9 / 14⌋. */
  static int nearest(int i) {
    return (2 * i + 1) * CANVAS / (2 * SIZE);
  }

  /**
   * Mean over output cell {@code i} of the 36 canvas positions along rows (then {@code fixed} is a
   * column) or along columns of a 28 × 36 array (then {@code fixed} is a row). Cell i covers [i·s,
   * (i+1)·s) with s = 36/28; in units of 1/28 that is [36i, 36i + 36), and canvas pixel k covers
   * [28k, 28k + 28).
   */
  private static double boxMean(float[] a, int i, int fixed, boolean alongRows) {
    int lo = CANVAS * i;
    int hi = lo + CANVAS;
    double sum = 0;
    for (int k = lo / SIZE; k * SIZE < hi; k++) {
      int overlap = Math.min(hi, (k + 1) * SIZE) - Math.max(lo, k * SIZE);
      float v = alongRows ? a[k * CANVAS + fixed] : a[fixed * CANVAS + k];
      sum += overlap * (double) v;
    }
    return sum / CANVAS;
  }
}
