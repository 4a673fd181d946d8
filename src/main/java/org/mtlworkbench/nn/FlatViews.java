package org.mtlworkbench.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Views (not copies) into a flat parameter or gradient vector: a write through a view changes
 * the flat vector. The flat vector may be rank 1 or a {@code 1 × P} row, and must be contiguous.
 *
 * <p>Built with {@code get(interval)} and a row-major {@code reshape}, both of which ND4J
 * implements as views on a contiguous vector (checked by {@code FlatViewsTest}); {@code
 * Nd4j.create(buffer, shape, stride, offset, order)} was not used because it ignored the offset
 * for a buffer that is itself a view.
 */
public final class FlatViews {
  private FlatViews() {}

  /** A rank-1 view of {@code length} elements starting at {@code offset}. */
  public static INDArray vector(INDArray flat, long offset, long length) {
    INDArray v = asRank1(flat);
    if (offset < 0 || length < 0 || offset + length > v.length()) {
      throw new IllegalArgumentException(
          "slice [" + offset + ", " + (offset + length) + ") outside a vector of " + v.length());
    }
    if (offset == 0 && length == v.length()) {
      return v;
    }
    return v.get(NDArrayIndex.interval(offset, offset + length));
  }

  /** A row-major {@code rows × cols} view of the elements starting at {@code offset}. */
  public static INDArray matrix(INDArray flat, long offset, long rows, long cols) {
    return vector(flat, offset, rows * cols).reshape('c', rows, cols);
  }

  private static INDArray asRank1(INDArray flat) {
    if (!flat.isVector() && flat.length() > 1) {
      throw new IllegalArgumentException("expected a flat vector, got shape " + java.util.Arrays.toString(flat.shape()));
    }
    if (!Blas.isContiguous(flat)) {
      throw new IllegalArgumentException("flat vector must be contiguous");
    }
    return flat.rank() == 1 ? flat : flat.reshape(flat.length());
  }
}
