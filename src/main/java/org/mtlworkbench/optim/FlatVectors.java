package org.mtlworkbench.optim;

import org.mtlworkbench.nn.Blas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks shared by the optimisers: both vectors flat, contiguous, of the expected size and type. */
final class FlatVectors {
  private FlatVectors() {}

  static void check(INDArray parameters, INDArray gradient, long size, DataType type) {
    check("parameters", parameters, size, type);
    check("gradient", gradient, size, type);
  }

  private static void check(String what, INDArray a, long size, DataType type) {
    if (a.length() != size) {
      throw new IllegalArgumentException(what + " has " + a.length() + " elements, optimiser was made for " + size);
    }
    if (a.dataType() != type) {
      throw new IllegalArgumentException(what + " is " + a.dataType() + ", optimiser was made for " + type);
    }
    if (!Blas.isContiguous(a)) {
      throw new IllegalArgumentException(what + " must be a contiguous vector");
    }
  }

  static int checkedSize(long size) {
    if (size <= 0 || size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("optimiser size must be in 1..2^31-1, got " + size);
    }
    return (int) size;
  }

  static DataType checkedType(DataType type) {
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new IllegalArgumentException("optimisers work on FLOAT or DOUBLE, got " + type);
    }
    return type;
  }
}
