package org.mtlworkbench.balance;

import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.mtlworkbench.nn.Blas;
import org.mtlworkbench.nn.HostBuffer;
import org.mtlworkbench.nn.NativeScratch;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The per-task gradients on the shared parameters, rows g_1..g_K of a {@code K × P} matrix G,
 * with their Gram matrix G·Gᵀ computed once, on demand.
 *
 * <p>Why the Gram matrix: every gradient-combination method in this package (PCGrad, MGDA,
 * CAGrad, IMTL-G, ...) and every gradient diagnostic (norms, cosines) needs only inner products
 * ⟨g_i, g_j⟩ to decide the coefficients of a combination Σ c_k g_k. One K × K product replaces
 * dozens of vector operations on P-long vectors, and the P-long work is left to a single product
 * cᵀG at the end.
 *
 * <p>When the layers of a row are known ({@link #TaskGradients(INDArray, List)}), the Gram matrix
 * is computed layer by layer — one product per layer, {@code G_l·G_lᵀ} on the columns of layer l
 * — and summed: the same single pass over G, which also leaves each task's squared gradient norm
 * per layer on the diagonals (what the per-layer charts show) at no extra cost.
 */
public final class TaskGradients {
  private final INDArray matrix;
  private final List<ParameterSegment> segments;
  private double[][] gram;
  private double[][] segmentSquaredNorms;
  private boolean replaced;

  public TaskGradients(INDArray matrix) {
    this(matrix, List.of());
  }

  /**
   * @param segments the layers of a row (may be empty); when they do not tile {@code [0, P)} the
   *     Gram matrix is one product and the per-layer norms a second pass
   */
  public TaskGradients(INDArray matrix, List<ParameterSegment> segments) {
    this.matrix = matrix;
    this.segments = List.copyOf(segments);
  }

  /** Builds from a small explicit matrix (tests, examples). */
  public static TaskGradients of(double[][] rows) {
    return new TaskGradients(Nd4j.create(rows));
  }

  /**
   * The {@code K × P} matrix: the task gradients, or after {@link #replaceRows} the rows a
   * strategy put in their place.
   */
  public INDArray matrix() {
    return matrix;
  }

  /**
   * Puts a strategy's own rows in place of the task gradients, for the methods whose shared update
   * is not a combination of this step's gradients (GradDrop masks them coordinate by coordinate;
   * DB-MTL and MoCo follow running averages of them). The matrix is the model's buffer, so the
   * model then applies the strategy's coefficients to these rows.
   *
   * <p>Everything diagnostics read about the task gradients — the Gram matrix, the norms, the
   * per-layer norms of the layers given at construction — is computed before the rows are
   * overwritten, so charts and findings still describe the task gradients, not the strategy's
   * rows. A statistic that would have to read the matrix again afterwards (norms of other layers)
   * is refused with an {@link IllegalStateException}.
   *
   * @param rows {@code K × P} values in row-major order
   */
  public void replaceRows(double[] rows) {
    if (rows.length != matrix.length()) {
      throw new IllegalArgumentException(rows.length + " values for a " + matrix.rows() + " × " + matrix.columns() + " matrix");
    }
    freeze();
    new HostBuffer().write(rows, matrix);
  }

  /** {@link #replaceRows(double[])} from a {@code K × P} array of the same shape. */
  public void replaceRows(INDArray rows) {
    if (!java.util.Arrays.equals(rows.shape(), matrix.shape())) {
      throw new IllegalArgumentException("rows of shape " + java.util.Arrays.toString(rows.shape()) + " for a "
          + matrix.rows() + " × " + matrix.columns() + " matrix");
    }
    freeze();
    matrix.assign(rows);
  }

  /** Whether {@link #replaceRows} has been called. */
  public boolean replaced() {
    return replaced;
  }

  private void freeze() {
    gram();
    if (!segments.isEmpty() && segmentSquaredNorms == null) {
      segmentSquaredNorms = squaredDiagonals(segmentGrams(segments), taskCount());
    }
    replaced = true;
  }

  /** The layers given at construction (empty when none). */
  public List<ParameterSegment> segments() {
    return segments;
  }

  public int taskCount() {
    return (int) matrix.rows();
  }

  /** ⟨g_i, g_j⟩ for all i, j (computed in the matrix's precision, returned as doubles). */
  public double[][] gram() {
    if (gram == null) {
      int k = taskCount();
      if (matrix.columns() == 0 || k == 0) {
        gram = new double[k][k];
      } else if (!segments.isEmpty() && tiles(segments, matrix.columns())) {
        double[][][] grams = segmentGrams(segments);
        segmentSquaredNorms = squaredDiagonals(grams, k);
        gram = sum(grams, k);
      } else {
        gram = segmentGrams(List.of(new ParameterSegment("all", 0, matrix.columns())))[0];
      }
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
    double[][] squared = squaredNormsByLayer(List.of(segment));
    double[] n = new double[squared.length];
    for (int k = 0; k < n.length; k++) {
      n[k] = Math.sqrt(Math.max(0.0, squared[k][0]));
    }
    return n;
  }

  /**
   * {@code [task][layer]} ||g_k restricted to layer l||² for the given layers (a new array); free
   * after {@link #gram()} when they are the layers given at construction.
   */
  public double[][] squaredNormsByLayer(List<ParameterSegment> layers) {
    int k = taskCount();
    if (!segments.isEmpty() && layers.equals(segments)) {
      gram();
      if (segmentSquaredNorms == null) {
        segmentSquaredNorms = squaredDiagonals(segmentGrams(segments), k);
      }
      double[][] copy = new double[k][];
      for (int i = 0; i < k; i++) {
        copy[i] = segmentSquaredNorms[i].clone();
      }
      return copy;
    }
    if (replaced) {
      throw new IllegalStateException("the task gradients were replaced by a strategy's rows; only the layers given at"
          + " construction keep their norms");
    }
    return squaredDiagonals(segmentGrams(layers), k);
  }

  /** Σ_k c_k g_k as a new {@code 1 × P} row (for tests and explicit directions). */
  public INDArray combine(double[] coefficients) {
    INDArray c = Nd4j.create(coefficients, new long[] {1, coefficients.length}, matrix.dataType());
    return Nd4j.gemm(c, matrix, false, false);
  }

  /** {@code G_l·G_lᵀ} on the columns of each segment: one BLAS product each, read back at once. */
  private double[][][] segmentGrams(List<ParameterSegment> layers) {
    int k = taskCount();
    double[][][] grams = new double[layers.size()][k][k];
    if (layers.isEmpty() || k == 0) {
      return grams;
    }
    INDArray g = Blas.isRowMajorMatrix(matrix) && isBlasType(matrix.dataType())
        ? matrix : matrix.castTo(DataType.DOUBLE).dup('c');
    DataType t = g.dataType();
    NativeScratch scratch = NativeScratch.forThisThread();
    Pointer out = scratch.buffer(t, (long) layers.size() * k * k);
    int ld = Blas.leadingDimension(g);
    for (int l = 0; l < layers.size(); l++) {
      ParameterSegment s = layers.get(l);
      if (s.end() > g.columns()) {
        throw new IllegalArgumentException("segment " + s.name() + " ends past the rows' " + g.columns() + " columns");
      }
      Blas.gemm(t, false, true, k, k, (int) s.length(), 1.0, Blas.pointer(g, s.offset()), ld,
          Blas.pointer(g, s.offset()), ld, 0.0, Blas.offset(out, (long) l * k * k), k);
    }
    double[] values = scratch.read(t, layers.size() * k * k);
    for (int l = 0; l < layers.size(); l++) {
      for (int i = 0; i < k; i++) {
        System.arraycopy(values, (l * k + i) * k, grams[l][i], 0, k);
      }
    }
    return grams;
  }

  private static boolean isBlasType(DataType t) {
    return t == DataType.FLOAT || t == DataType.DOUBLE;
  }

  private static double[][] squaredDiagonals(double[][][] grams, int k) {
    double[][] d = new double[k][grams.length];
    for (int l = 0; l < grams.length; l++) {
      for (int i = 0; i < k; i++) {
        d[i][l] = grams[l][i][i];
      }
    }
    return d;
  }

  private static double[][] sum(double[][][] grams, int k) {
    double[][] total = new double[k][k];
    for (double[][] g : grams) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          total[i][j] += g[i][j];
        }
      }
    }
    return total;
  }

  /** Whether the segments, in order, cover {@code [0, p)} exactly once. */
  private static boolean tiles(List<ParameterSegment> segments, long p) {
    long next = 0;
    for (ParameterSegment s : segments) {
      if (s.offset() != next) {
        return false;
      }
      next += s.length();
    }
    return next == p;
  }
}
