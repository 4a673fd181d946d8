package org.mtlworkbench.nn;

/**
 * How a row of a batch is read as an image: {@code channels × height × width} values, channel
 * first, then rows, then columns (the NCHW order of PyTorch, so a flattened feature map lines up
 * with PyTorch's {@code view(B, -1)}). Layers keep batches as {@code B × (C·H·W)} matrices; the
 * shape only says how to index them.
 */
public record ImageShape(int channels, int height, int width) {
  public ImageShape {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("image shape must be positive, got " + channels + "×" + height + "×" + width);
    }
  }

  /** Values per row, {@code C·H·W}. */
  public long size() {
    return (long) channels * height * width;
  }

  @Override
  public String toString() {
    return channels + "×" + height + "×" + width;
  }
}
