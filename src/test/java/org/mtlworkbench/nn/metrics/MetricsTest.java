package org.mtlworkbench.nn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MetricsTest {
  private static INDArray col(double... v) {
    return Nd4j.createFromArray(v).reshape(v.length, 1);
  }

  @Test
  void regressionByHandOverLabelledRows() {
    // labelled rows: (ŷ, y) = (2, 1), (4, 5), (9, 9); row 3 is masked and must not count
    INDArray pred = col(2, 4, 100, 9);
    INDArray target = col(1, 5, Double.NaN, 9);
    INDArray mask = col(1, 1, 0, 1);
    MetricValues v = Metrics.regression(pred, target, mask);
    // mse = (1 + 1 + 0)/3 = 0.6667; mae = (1 + 1 + 0)/3
    assertThat(v.get("mse")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(v.get(Metric.MAE)).isCloseTo(2.0 / 3, within(1e-12));
    // ȳ = 5; Σ(y − ȳ)² = 16 + 0 + 16 = 32; Σ(y − ŷ)² = 2; r² = 1 − 2/32 = 0.9375
    assertThat(v.get("r2")).isCloseTo(0.9375, within(1e-12));
    assertThat(v.values().keySet()).containsExactly("mse", "mae", "r2");
  }

  @Test
  void r2WithConstantTargetsFollowsScikitLearn() {
    double[] y = {3, 3, 3};
    assertThat(RegressionMetrics.r2(new double[] {3, 3, 3}, y, null)).isEqualTo(1.0);
    assertThat(RegressionMetrics.r2(new double[] {3, 4, 3}, y, null)).isEqualTo(0.0);
  }

  @Test
  void binaryAccuracyAndMacroF1ByHand() {
    // logits > 0 → class 1: predictions 1, 0, 1, 1, 0, (masked)
    INDArray logits = col(0.3, -2, 5, 0.1, -0.1, 9);
    INDArray target = col(1, 0, 0, 1, 1, 0);
    INDArray mask = col(1, 1, 1, 1, 1, 0);
    MetricValues v = Metrics.classification(logits, target, mask);
    // correct: rows 1, 2, 4 → 3 of 5
    assertThat(v.get("accuracy")).isCloseTo(0.6, within(1e-12));
    // class 1: TP 2 (rows 1, 4), FP 1 (row 3), FN 1 (row 5) → F1 = 4/6
    // class 0: TP 1 (row 2), FP 1 (row 5), FN 1 (row 3) → F1 = 2/4
    // macro = (0.6667 + 0.5)/2 = 0.58333
    assertThat(v.get("macro-f1")).isCloseTo((4.0 / 6 + 0.5) / 2, within(1e-12));
  }

  @Test
  void multiclassUsesArgmaxAndClassesThatOccur() {
    INDArray logits = Nd4j.createFromArray(new double[][] {
        {3, 1, 0, 0}, // → 0
        {0, 2, 1, 0}, // → 1
        {0, 5, 1, 0}, // → 1
        {1, 0, 4, 0}, // → 2
    });
    INDArray target = col(0, 1, 2, 2);
    MetricValues v = Metrics.classification(logits, target, null);
    assertThat(v.get("accuracy")).isCloseTo(0.75, within(1e-12));
    // class 0: F1 1; class 1: TP 1, FP 1 → 2/3; class 2: TP 1, FN 1 → 2/3; class 3 never occurs
    assertThat(v.get("macro-f1")).isCloseTo((1 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-12));
  }

  @Test
  void noLabelledRowsGiveNaN() {
    MetricValues v = Metrics.regression(col(1, 2), col(1, 2), col(0, 0));
    assertThat(v.get("mse")).isNaN();
    assertThat(v.get("r2")).isNaN();
    assertThat(Metrics.classification(col(1, 2), col(1, 0), col(0, 0)).get("macro-f1")).isNaN();
  }

  @Test
  void namesAndDirections() {
    assertThat(Metric.higherIsBetter("mse")).isFalse();
    assertThat(Metric.higherIsBetter("mae")).isFalse();
    assertThat(Metric.higherIsBetter("r2")).isTrue();
    assertThat(Metric.higherIsBetter("accuracy")).isTrue();
    assertThat(Metric.forName("macro-f1")).isEqualTo(Metric.MACRO_F1);
    assertThatThrownBy(() -> Metric.forName("auc"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'auc'")
        .hasMessageContaining("mse, mae, r2, accuracy, macro-f1");
    assertThatThrownBy(() -> new MetricValues(java.util.Map.of("mse", 1.0)).get("r2"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
