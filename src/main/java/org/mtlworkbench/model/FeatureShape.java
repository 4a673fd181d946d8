package org.mtlworkbench.model;

import org.mtlworkbench.nn.ImageShape;

/**
 * What a layer receives: {@code width} values per row, read as an image when {@code image} is not
 * null ({@code image.size() == width}). Prints as the canvas shows it: "10×24×24", "320".
 */
public record FeatureShape(long width, ImageShape image) {
  public FeatureShape {
    if (image != null && image.size() != width) {
      throw new IllegalArgumentException("image " + image + " holds " + image.size() + " values, not " + width);
    }
  }

  public static FeatureShape flat(long width) {
    return new FeatureShape(width, null);
  }

  public static FeatureShape of(ImageShape image) {
    return new FeatureShape(image.size(), image);
  }

  public boolean isImage() {
    return image != null;
  }

  @Override
  public String toString() {
    return image != null ? image.toString() : Long.toString(width);
  }
}
