package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.TaskGradients;

/** The lagged measures on explicit vectors, worked out by hand. */
class LaggedGradientsTest {

  @Test
  void selfAgreementLaggedCosineAndUpdateCosineOfExplicitVectors() {
    LaggedGradients lagged = new LaggedGradients();
    // step t−: g1 = (1, 0, 0), g2 = (0, 1, 0)
    LaggedGradients.Measure first = lagged.next(TaskGradients.of(new double[][] {{1, 0, 0}, {0, 1, 0}}), new double[] {1, 1}, true);
    assertThat(first.laggedCosines()[0][0]).isNaN();
    assertThat(first.laggedCosines()[0][1]).isNaN();
    // same step: d = (1, 1, 0); cos(g1, d) = 1/√2
    assertThat(first.updateCosines()[0]).isCloseTo(1 / Math.sqrt(2), within(1e-12));

    // step t: g1 = (1, 1, 0), g2 = (0, 1, 1); C = G_t·G_{t−}ᵀ = [[1, 1], [0, 1]]; norms √2, √2 now, 1, 1 before
    LaggedGradients.Measure m = lagged.next(TaskGradients.of(new double[][] {{1, 1, 0}, {0, 1, 1}}), new double[] {1, -2}, true);
    // a_1 = C_11/(√2·1), a_2 = C_22/(√2·1)
    assertThat(m.laggedCosines()[0][0]).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    assertThat(m.laggedCosines()[1][1]).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    // ℓ_12 = ½[C_12/(√2·1) + C_21/(√2·1)] = ½[1/√2 + 0]
    assertThat(m.laggedCosines()[0][1]).isCloseTo(0.5 / Math.sqrt(2), within(1e-12));
    assertThat(m.laggedCosines()[1][0]).isCloseTo(0.5 / Math.sqrt(2), within(1e-12));
    // d = g1 − 2·g2 = (1, −1, −2), ‖d‖ = √6; g1·d = 0, g2·d = −3
    assertThat(m.updateCosines()[0]).isCloseTo(0.0, within(1e-12));
    assertThat(m.updateCosines()[1]).isCloseTo(-3 / (Math.sqrt(2) * Math.sqrt(6)), within(1e-12));
  }

  @Test
  void aZeroGradientOrNoSharedUpdateLeavesTheMeasuresUndefined() {
    LaggedGradients lagged = new LaggedGradients();
    lagged.next(TaskGradients.of(new double[][] {{1, 0}, {0, 0}}), new double[] {1, 1}, false);
    LaggedGradients.Measure m = lagged.next(TaskGradients.of(new double[][] {{2, 0}, {0, 1}}), new double[] {1, 1}, false);
    assertThat(m.laggedCosines()[0][0]).isCloseTo(1.0, within(1e-12));
    assertThat(m.laggedCosines()[1][1]).isNaN(); // g2(t−) = 0
    assertThat(m.laggedCosines()[0][1]).isNaN();
    assertThat(m.updateCosines()[0]).isNaN(); // soft sharing: no single update
    lagged.reset();
    assertThat(lagged.next(TaskGradients.of(new double[][] {{2, 0}, {0, 1}}), new double[] {1, 1}, true).laggedCosines()[0][0])
        .isNaN();
  }
}
