package org.mtlworkbench.nn;

/**
 * Where one layer's parameters sit in a flat vector, so that a caller can take per-layer norms of
 * a flat gradient row.
 *
 * @param name e.g. {@code "dense1"}
 * @param offset index of the first parameter
 * @param length number of parameters
 */
public record ParameterSegment(String name, long offset, long length) {
  public ParameterSegment {
    if (offset < 0 || length <= 0) {
      throw new IllegalArgumentException("bad segment " + name + " [" + offset + ", +" + length + ")");
    }
  }

  /** Index one past the last parameter. */
  public long end() {
    return offset + length;
  }
}
