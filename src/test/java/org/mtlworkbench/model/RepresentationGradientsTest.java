package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.ParameterSegment;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ∂L_k/∂Z, checked through an identity that needs no new machinery: when the backbone's last layer
 * is linear (Z = A·W + b), ∂L_k/∂b = Σ_rows ∂L_k/∂Z — and ∂L_k/∂b is part of task k's parameter
 * gradient row, which the finite-difference checks of {@link ModelGradientCheckTest} vouch for.
 */
class RepresentationGradientsTest {

  @Test
  void rowSumsEqualTheLastLinearLayersBiasGradient() {
    ModelSpec spec =
        new ModelSpec("hard", List.of(new LayerSpec(5, "tanh", null), new LayerSpec(3, "none", null)),
            List.of(new LayerSpec(3, "sigmoid", null)), null);
    MtlModel model = ModelFactory.build(spec, ModelFixtures.tasks(), ModelFixtures.INPUT, 5, DataType.DOUBLE);
    Batch batch = ModelFixtures.batch(4, true);
    model.forward(batch, true);
    model.backwardPerTask();
    INDArray z = model.representationGradients();
    assertThat(z.shape()).containsExactly(3, (long) ModelFixtures.ROWS * 3);
    ParameterSegment last = model.sharedSegments().get(model.sharedSegments().size() - 1);
    for (int k = 0; k < 3; k++) {
      double[] row = z.getRow(k).toDoubleVector();
      double[] g = model.taskGradients().getRow(k).toDoubleVector();
      for (int j = 0; j < 3; j++) {
        double sum = 0;
        for (int r = 0; r < ModelFixtures.ROWS; r++) {
          sum += row[r * 3 + j];
        }
        double bias = g[(int) (last.offset() + last.length() - 3 + j)];
        assertThat(sum).as("task %d, unit %d", k, j).isCloseTo(bias, within(1e-12));
      }
    }
    assertThat(z.norm2Number().doubleValue()).isGreaterThan(0);
  }

  @Test
  void onlyHardSharingHasOneRepresentation() {
    assertThat(ModelFixtures.build("soft", 0.1).representationGradients()).isNull();
  }
}
