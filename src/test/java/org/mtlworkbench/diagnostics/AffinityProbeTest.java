package org.mtlworkbench.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.SoftSharingSpec;
import org.mtlworkbench.model.Task;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The probe against a brute-force lookahead written from the paper's definition: gradients by
 * central finite differences, the step applied element by element, the losses re-evaluated.
 */
class AffinityProbeTest {
  private static final int ROWS = 8;
  private static final int INPUT = 3;

  private static List<Task> tasks() {
    return List.of(
        new Task("a", "a", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("b", "b", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("c", "c", TaskType.BINARY, 1, List.of("0", "1"), "bce", "accuracy"));
  }

  private static MtlModel model(String sharing) {
    ModelSpec spec = new ModelSpec(sharing, List.of(new LayerSpec(4, "tanh", null)), List.of(), new SoftSharingSpec(0.0));
    return ModelFactory.build(spec, tasks(), INPUT, 7, DataType.DOUBLE);
  }

  /** Task "b" is the negation of "a" (they must pull apart); "c" is labelled on rows 0–3 only unless {@code cUnlabelled}. */
  private static Batch batch(boolean cUnlabelled) {
    Random r = new Random(3);
    double[][] x = new double[ROWS][INPUT];
    double[] a = new double[ROWS];
    double[] b = new double[ROWS];
    double[] c = new double[ROWS];
    double[] mc = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      for (int j = 0; j < INPUT; j++) {
        x[i][j] = r.nextGaussian();
      }
      a[i] = x[i][0] + 0.5 * x[i][1];
      b[i] = -a[i];
      boolean labelled = !cUnlabelled && i < 4;
      c[i] = labelled && x[i][2] > 0 ? 1 : 0;
      mc[i] = labelled ? 1 : 0;
    }
    double[] ones = new double[ROWS];
    java.util.Arrays.fill(ones, 1);
    return new Batch(Nd4j.create(x), new INDArray[] {col(a), col(b), col(c)}, new INDArray[] {col(ones), col(ones), col(mc)},
        new int[] {ROWS, ROWS, cUnlabelled ? 0 : 4}, ROWS);
  }

  private static INDArray col(double[] v) {
    return Nd4j.create(v, new long[] {v.length, 1}, DataType.DOUBLE);
  }

  @Test
  void matchesABruteForceLookaheadWithFiniteDifferenceGradients() {
    MtlModel model = model("hard");
    Batch batch = batch(false);
    double lr = 0.2;
    double[][] z = new AffinityProbe(model).measure(batch, lr);

    int k = 3;
    int p = (int) model.sharedParameterCount();
    INDArray params = model.parameters();
    double[] theta = new double[p];
    for (int q = 0; q < p; q++) {
      theta[q] = params.getDouble(q);
    }
    double[] before = model.forward(batch, false);
    double h = 1e-6;
    for (int i = 0; i < k; i++) {
      double[] g = new double[p];
      for (int q = 0; q < p; q++) {
        params.putScalar(q, theta[q] + h);
        double up = model.forward(batch, false)[i];
        params.putScalar(q, theta[q] - h);
        double down = model.forward(batch, false)[i];
        params.putScalar(q, theta[q]);
        g[q] = (up - down) / (2 * h);
      }
      for (int q = 0; q < p; q++) {
        params.putScalar(q, theta[q] - lr * g[q]);
      }
      double[] after = model.forward(batch, false);
      for (int q = 0; q < p; q++) {
        params.putScalar(q, theta[q]);
      }
      for (int j = 0; j < k; j++) {
        double expected = 1 - after[j] / before[j];
        assertThat(z[i][j]).as("Z_%d→%d", i, j).isCloseTo(expected, within(1e-7 + 1e-5 * Math.abs(expected)));
      }
    }
    // a step on a task alone lowers its own loss; a and b are opposite targets, so they hurt each other
    for (int i = 0; i < k; i++) {
      assertThat(z[i][i]).isPositive();
    }
    assertThat(z[0][1]).isNegative();
    assertThat(z[1][0]).isNegative();
  }

  @Test
  void leavesTheParametersBitForBitAsTheyWere() {
    MtlModel model = model("hard");
    INDArray original = model.parameters().dup();
    new AffinityProbe(model).measure(batch(false), 0.5);
    assertThat(model.parameters()).isEqualTo(original);
  }

  @Test
  void aTaskWithoutLabelsInTheBatchHasUndefinedAffinityOntoIt() {
    MtlModel model = model("hard");
    double[][] z = new AffinityProbe(model).measure(batch(true), 0.2);
    for (int i = 0; i < 3; i++) {
      assertThat(z[i][2]).isNaN();
    }
    // and its own gradient is zero, so its step changes nothing: Z_{c→a} = 0
    assertThat(z[2][0]).isCloseTo(0.0, within(1e-12));
    assertThat(z[0][1]).isFinite();
  }

  @Test
  void onlyHardSharingIsSupported() {
    assertThat(AffinityProbe.supports(model("hard"))).isTrue();
    assertThat(AffinityProbe.supports(model("soft"))).isFalse();
  }
}
