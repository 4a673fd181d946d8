package org.mtlworkbench.balance;

import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The per-task gradients on the shared parameters, rows g_1..g_K of a {@code K × P} matrix G,
 * with their Gram matrix G·Gᵀ computed once, on demand.
 *
 * <p>Why the Gram matrix: every gradient-combination method in this package (PCGrad, MGDA,
 * CAGrad, IMTL-G, ...) and every gradient diagnostic (norms, cosines) needs only inner products
 * ⟨g_i, g_j⟩ to decide the coefficients of a combination Σ c_k g_k. One K × K product replaces
 * dozens of vector operations on P-long vectors, and the P-long work is left to a single product
 * cᵀG at the end.
 */
public final class TaskGradients {
  private final INDArray matrix;
  private double[][] gram;

  public TaskGradients(INDArray matrix) {
    this.matrix = matrix;
  }

  /** Builds from a small explicit matrix (tests, examples). */
  public static TaskGradients of(double[][] rows) {
    return new TaskGradients(Nd4j.create(rows));
  }

  /** The {@code K × P} matrix (rows are task gradients). */
  public INDArray matrix() {
    return matrix;
  }

  public int taskCount() {
    return (int) matrix.rows();
  }

  /** ⟨g_i, g_j⟩ for all i, j (computed in the matrix's precision, returned as doubles). */
  public double[][] gram() {
    if (gram == null) {
      INDArray g = Nd4j.gemm(matrix, matrix, false, true);
      gram = g.toDoubleMatrix();
    }
    return gram;
  }

  /**
   * The relative rounding level of {@link #gram()}: entries, and differences such as
   * ||g_i − g_j||² = M_ii + M_jj − 2M_ij, below this fraction of the largest M_kk are noise.
   * 10⁻¹² in double precision; 10⁻⁵ in single precision, where a product over tens of thousands
   * of parameters accumulates that much rounding. Strategies use it to tell identical or
   * dependent gradients from merely close ones.
   */
  public double precision() {
    return matrix.dataType() == DataType.DOUBLE ? 1e-12 : 1e-5;
  }

  /** ||g_k|| for each task. */
  public double[] norms() {
    double[][] gm = gram();
    double[] n = new double[gm.length];
    for (int k = 0; k < n.length; k++) {
      n[k] = Math.sqrt(Math.max(0.0, gm[k][k]));
    }
    return n;
  }

  /** ||g_k restricted to one layer's slice|| for each task (one reduction over the K rows). */
  public double[] norms(ParameterSegment segment) {
    INDArray part = matrix.get(NDArrayIndex.all(), NDArrayIndex.interval(segment.offset(), segment.end()));
    return part.norm2(1).toDoubleVector();
  }

  /** Σ_k c_k g_k as a new {@code 1 × P} row (for tests and explicit directions). */
  public INDArray combine(double[] coefficients) {
    INDArray c = Nd4j.create(coefficients, new long[] {1, coefficients.length}, matrix.dataType());
    return Nd4j.gemm(c, matrix, false, false);
  }
}
