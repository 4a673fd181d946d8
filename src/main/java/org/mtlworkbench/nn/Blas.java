package org.mtlworkbench.nn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Direct calls into the OpenBLAS that nd4j-native bundles (the same entry points ND4J's own
 * {@code CpuLevel3} uses), on row-major operands with unit column stride.
 *
 * <p>Why not {@code Nd4j.gemm} and friends: measured on one core, a bias add through {@code
 * addiRowVector} cost ~100 µs and a column sum through {@code sum(0)} ~150 µs on a 256×256 batch,
 * against ~10 µs and ~5 µs for the equivalent {@code ger} and {@code gemv}; ND4J's {@code Mmul}
 * op also adds ~10% on top of the BLAS call. A step of a small MLP is a handful of these calls,
 * so the per-call overhead decides whether the engine keeps up with PyTorch.
 *
 * <p>Operands are given as a pointer to their first element plus a leading dimension, so that a
 * slice of a flat parameter or gradient vector can be used without building an INDArray view.
 * Only {@code FLOAT} and {@code DOUBLE} are supported.
 */
public final class Blas {
  private Blas() {}

  /** Pointer to the first element of {@code a} (its view offset included). */
  public static Pointer pointer(INDArray a) {
    return BufferPointers.of(a.data());
  }

  /** Pointer to element {@code offset} (in elements) past the first element of {@code a}. */
  public static Pointer pointer(INDArray a, long offset) {
    Pointer p = BufferPointers.of(a.data());
    return offset == 0 ? p : p.position(p.position() + offset);
  }

  /**
   * A new pointer {@code elements} past {@code p} (of the same element type), leaving {@code p}
   * as it is: for walking the blocks of one buffer without asking ND4J for its address each time.
   */
  public static Pointer offset(Pointer p, long elements) {
    return ParallelGemm.offset(p, elements);
  }

  /**
   * Whether {@code a} is a rank-2 row-major matrix with unit column stride (any row stride; a
   * single row may report any row stride).
   */
  public static boolean isRowMajorMatrix(INDArray a) {
    return a.rank() == 2 && (a.stride(1) == 1 || a.size(1) == 1) && (a.size(0) == 1 || a.stride(0) >= a.size(1));
  }

  /** Whether {@code a} holds its {@code length()} elements contiguously in row-major order. */
  public static boolean isContiguous(INDArray a) {
    if (a.isScalar() || a.length() == 1) {
      return true;
    }
    if (a.ordering() != 'c' && !a.isVector()) {
      return false;
    }
    return a.elementWiseStride() == 1;
  }

  /** Leading dimension of a row-major matrix (its row stride). */
  public static int leadingDimension(INDArray a) {
    return (int) Math.max(a.stride(0), a.size(1));
  }

  /**
   * {@code C = alpha·op(A)·op(B) + beta·C}, all row-major; {@code C} is {@code m × n}, {@code op(A)}
   * is {@code m × k}. Large products are cut into bands over the threads set by {@link
   * NativeThreads#configure(int, NativeThreads.GemmThreading)} ({@link ParallelGemm}).
   */
  public static void gemm(
      DataType type, boolean transA, boolean transB, int m, int n, int k, double alpha,
      Pointer a, int lda, Pointer b, int ldb, double beta, Pointer c, int ldc) {
    ParallelGemm.gemm(type, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
  }

  /** {@link #gemm} on the calling thread only (OpenBLAS may still use its own threads). */
  static void gemmSerial(
      DataType type, boolean transA, boolean transB, int m, int n, int k, double alpha,
      Pointer a, int lda, Pointer b, int ldb, double beta, Pointer c, int ldc) {
    int ta = transA ? CblasTrans : CblasNoTrans;
    int tb = transB ? CblasTrans : CblasNoTrans;
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, (float) alpha,
          (FloatPointer) a, lda, (FloatPointer) b, ldb, (float) beta, (FloatPointer) c, ldc);
      case DOUBLE -> openblas_nolapack.cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, alpha,
          (DoublePointer) a, lda, (DoublePointer) b, ldb, beta, (DoublePointer) c, ldc);
      default -> throw unsupported(type);
    }
  }

  /**
   * {@code C = alpha·op(A)·op(B) + beta·C} on whole row-major matrices (see {@link
   * #isRowMajorMatrix}).
   */
  public static void gemm(
      boolean transA, boolean transB, double alpha, INDArray a, INDArray b, double beta, INDArray c) {
    int m = (int) c.size(0);
    int n = (int) c.size(1);
    int k = (int) (transA ? a.size(0) : a.size(1));
    gemm(c.dataType(), transA, transB, m, n, k, alpha, pointer(a), leadingDimension(a),
        pointer(b), leadingDimension(b), beta, pointer(c), leadingDimension(c));
  }

  /**
   * {@code y = alpha·op(A)·x + beta·y} for a row-major {@code rows × cols} matrix {@code A} and
   * unit-stride vectors.
   */
  public static void gemv(
      DataType type, boolean transA, int rows, int cols, double alpha, Pointer a, int lda,
      Pointer x, double beta, Pointer y) {
    int ta = transA ? CblasTrans : CblasNoTrans;
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_sgemv(CblasRowMajor, ta, rows, cols, (float) alpha,
          (FloatPointer) a, lda, (FloatPointer) x, 1, (float) beta, (FloatPointer) y, 1);
      case DOUBLE -> openblas_nolapack.cblas_dgemv(CblasRowMajor, ta, rows, cols, alpha,
          (DoublePointer) a, lda, (DoublePointer) x, 1, beta, (DoublePointer) y, 1);
      default -> throw unsupported(type);
    }
  }

  /** Rank-one update {@code A += alpha·x·yᵀ} of a row-major {@code rows × cols} matrix. */
  public static void ger(
      DataType type, int rows, int cols, double alpha, Pointer x, Pointer y, Pointer a, int lda) {
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_sger(CblasRowMajor, rows, cols, (float) alpha,
          (FloatPointer) x, 1, (FloatPointer) y, 1, (FloatPointer) a, lda);
      case DOUBLE -> openblas_nolapack.cblas_dger(CblasRowMajor, rows, cols, alpha,
          (DoublePointer) x, 1, (DoublePointer) y, 1, (DoublePointer) a, lda);
      default -> throw unsupported(type);
    }
  }

  /** {@code y += alpha·x} over {@code n} contiguous elements. */
  public static void axpy(DataType type, long n, double alpha, Pointer x, Pointer y) {
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_saxpy(
          checkedInt(n), (float) alpha, (FloatPointer) x, 1, (FloatPointer) y, 1);
      case DOUBLE -> openblas_nolapack.cblas_daxpy(
          checkedInt(n), alpha, (DoublePointer) x, 1, (DoublePointer) y, 1);
      default -> throw unsupported(type);
    }
  }

  /** {@code x *= alpha} over {@code n} contiguous elements. */
  public static void scal(DataType type, long n, double alpha, Pointer x) {
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_sscal(checkedInt(n), (float) alpha, (FloatPointer) x, 1);
      case DOUBLE -> openblas_nolapack.cblas_dscal(checkedInt(n), alpha, (DoublePointer) x, 1);
      default -> throw unsupported(type);
    }
  }

  /** {@code y = x} over {@code n} contiguous elements. */
  public static void copy(DataType type, long n, Pointer x, Pointer y) {
    switch (type) {
      case FLOAT -> openblas_nolapack.cblas_scopy(checkedInt(n), (FloatPointer) x, 1, (FloatPointer) y, 1);
      case DOUBLE -> openblas_nolapack.cblas_dcopy(checkedInt(n), (DoublePointer) x, 1, (DoublePointer) y, 1);
      default -> throw unsupported(type);
    }
  }

  /**
   * {@code Σ x_i·y_i} over {@code n} contiguous elements, accumulated in double precision (for
   * float operands through {@code dsdot}, so that a long float vector loses no digits).
   */
  public static double dot(DataType type, long n, Pointer x, Pointer y) {
    return switch (type) {
      case FLOAT -> openblas_nolapack.cblas_dsdot(checkedInt(n), (FloatPointer) x, 1, (FloatPointer) y, 1);
      case DOUBLE -> openblas_nolapack.cblas_ddot(checkedInt(n), (DoublePointer) x, 1, (DoublePointer) y, 1);
      default -> throw unsupported(type);
    };
  }

  private static int checkedInt(long n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("BLAS length " + n + " exceeds 2^31-1");
    }
    return (int) n;
  }

  private static IllegalArgumentException unsupported(DataType type) {
    return new IllegalArgumentException("BLAS calls support FLOAT and DOUBLE, got " + type);
  }
}
