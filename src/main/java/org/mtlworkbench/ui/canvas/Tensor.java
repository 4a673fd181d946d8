package org.mtlworkbench.ui.canvas;

import org.mtlworkbench.nn.ImageShape;

/**
 * What flows between two layers of the drawn model, as the canvas shows it: {@code width} values
 * per row, read as a {@code C×H×W} image when {@code image} is not null.
 */
public record Tensor(long width, ImageShape image) {
  static Tensor flat(long width) {
    return new Tensor(width, null);
  }

  static Tensor of(ImageShape image) {
    return new Tensor(image.size(), image);
  }

  public boolean isImage() {
    return image != null;
  }

  /** "10×24×24" for an image, "320" for flat values. */
  @Override
  public String toString() {
    return image != null ? image.toString() : Long.toString(width);
  }
}
