package org.mtlworkbench.diagnostics;

import java.util.List;
import org.mtlworkbench.balance.TaskGradients;
import org.mtlworkbench.nn.ParameterSegment;

/**
 * Task imbalance and conflict from the per-task gradients on the shared parameters: the norm of
 * each task's gradient (whole shared part and per layer) and the pairwise cosine similarity —
 * the quantities PCGrad (Yu et al. 2020) calls "conflicting gradients" (cos &lt; 0) and
 * "gradient magnitude differences".
 *
 * <p>Norms and cosines come from the Gram matrix G·Gᵀ (shared with the strategy); per-layer norms
 * from the diagonals of the per-layer Gram blocks it is summed from, when the gradients were built
 * with the same layers ({@link TaskGradients#TaskGradients(org.nd4j.linalg.api.ndarray.INDArray,
 * List)}), so the K × P matrix is read once.
 */
public final class GradientDiagnostics {
  private GradientDiagnostics() {}

  /** Same-step quantities only (the lagged ones NaN). */
  public static GradientSnapshot compute(TaskGradients gradients, List<ParameterSegment> layers) {
    int k = gradients.taskCount();
    return compute(gradients, layers,
        new LaggedGradients.Measure(GradientSnapshot.nan(k, k), GradientSnapshot.nan(k)));
  }

  /** The whole picture: same-step quantities and the lagged {@code measure} of the same step. */
  public static GradientSnapshot compute(TaskGradients gradients, List<ParameterSegment> layers, LaggedGradients.Measure lagged) {
    double[][] gram = gradients.gram();
    int k = gram.length;
    double[] norms = gradients.norms();
    double[][] cosines = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double d = norms[i] * norms[j];
        cosines[i][j] = i == j ? 1.0 : d > 0 ? clamp(gram[i][j] / d) : 0.0;
      }
    }
    double[][] layerNorms = gradients.squaredNormsByLayer(layers);
    for (double[] row : layerNorms) {
      for (int l = 0; l < row.length; l++) {
        row[l] = Math.sqrt(Math.max(0.0, row[l]));
      }
    }
    return new GradientSnapshot(norms, layerNorms, cosines, lagged.laggedCosines(), lagged.updateCosines());
  }

  private static double clamp(double c) {
    return Math.max(-1.0, Math.min(1.0, c));
  }
}
