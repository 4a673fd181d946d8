package org.mtlworkbench.model;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The trace-norm tie between soft-sharing towers (Yang &amp; Hospedales 2017, "Trace Norm
 * Regularised Deep Multi-Task Learning", the "last axis flattening" variant): for each layer
 * segment s, the K towers' parameters of that layer (weights and bias, flattened) are the rows of
 * a {@code K × |s|} matrix W_s — the unfolding of the layer's {@code in × out × K} tensor along the
 * task axis — and
 *
 * <pre>  Ω = λ · Σ_s ||W_s||_* = λ · Σ_s Σ_i σ_i(W_s),   ∂Ω/∂W_s ∋ λ · U_r V_rᵀ,</pre>
 *
 * <p>with W_s = U Σ Vᵀ the thin SVD and r its non-zero singular values (the minimum-norm
 * subgradient; it is the gradient where the singular values are non-zero). Low rank across the
 * task axis means the towers' layers are combinations of few shared ones, a softer tie than
 * L2's "all equal". The SVD is commons-math3's, in double, once per layer per step (K is small).
 */
final class TraceNormPenalty {
  /** Singular values below this fraction of the largest count as zero. */
  private static final double RANK_TOLERANCE = 1e-12;

  private final double lambda;
  private final List<ParameterSegment> segments;

  TraceNormPenalty(double lambda, List<ParameterSegment> segments) {
    this.lambda = lambda;
    this.segments = List.copyOf(segments);
  }

  /**
   * @param towers {@code K × P}: row k is tower k's parameters
   * @param towerGradients {@code K × P}: λ·U Vᵀ is added, segment by segment
   * @return Ω
   */
  double apply(INDArray towers, INDArray towerGradients) {
    if (lambda == 0.0) {
      return 0.0;
    }
    double value = 0;
    for (ParameterSegment s : segments) {
      var columns = NDArrayIndex.interval(s.offset(), s.end());
      RealMatrix w = new Array2DRowRealMatrix(towers.get(NDArrayIndex.all(), columns).toDoubleMatrix(), false);
      SingularValueDecomposition svd = new SingularValueDecomposition(w);
      double[] sigma = svd.getSingularValues();
      int rank = 0;
      for (double v : sigma) {
        value += v;
        if (v > RANK_TOLERANCE * sigma[0]) {
          rank++;
        }
      }
      if (rank == 0) {
        continue;
      }
      RealMatrix u = svd.getU().getSubMatrix(0, w.getRowDimension() - 1, 0, rank - 1);
      RealMatrix v = svd.getV().getSubMatrix(0, w.getColumnDimension() - 1, 0, rank - 1);
      double[][] g = u.multiply(v.transpose()).scalarMultiply(lambda).getData();
      towerGradients.get(NDArrayIndex.all(), columns).addi(Nd4j.create(g).castTo(towerGradients.dataType()));
    }
    return lambda * value;
  }
}
