package org.mtlworkbench.diagnostics;

import java.util.List;
import org.mtlworkbench.balance.TaskGradients;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Task imbalance and conflict from the per-task gradients on the shared parameters: the norm of
 * each task's gradient (whole shared part and per layer) and the pairwise cosine similarity —
 * the quantities PCGrad (Yu et al. 2020) calls "conflicting gradients" (cos &lt; 0) and
 * "gradient magnitude differences".
 *
 * <p>Norms and cosines come from the Gram matrix G·Gᵀ (one product, shared with the strategy);
 * per-layer norms from one reduction per layer over the K rows.
 */
public final class GradientDiagnostics {
  private GradientDiagnostics() {}

  public static GradientSnapshot compute(TaskGradients gradients, List<ParameterSegment> layers) {
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
    double[][] layerNorms = new double[k][layers.size()];
    INDArray g = gradients.matrix();
    for (int l = 0; l < layers.size(); l++) {
      ParameterSegment s = layers.get(l);
      INDArray part = g.get(NDArrayIndex.all(), NDArrayIndex.interval(s.offset(), s.offset() + s.length()));
      double[] n = part.norm2(1).toDoubleVector();
      for (int i = 0; i < k; i++) {
        layerNorms[i][l] = n[i];
      }
    }
    return new GradientSnapshot(norms, layerNorms, cosines);
  }

  private static double clamp(double c) {
    return Math.max(-1.0, Math.min(1.0, c));
  }
}
