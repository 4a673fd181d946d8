package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.SoftSharingSpec;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.optim.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * GradDrop, DB-MTL and MoCo put their own rows in the task gradients' place: in a real step the
 * model's shared update is built from those rows, while the gradient diagnostics of the same step
 * still describe the task gradients themselves.
 */
class ReplacedRowsStepTest {
  private static final int ROWS = 16;

  private static MtlModel model(String sharing) {
    List<Task> tasks = List.of(
        new Task("a", "a", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("b", "b", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("c", "c", TaskType.REGRESSION, 1, List.of(), "mse", "mse"));
    ModelSpec spec = new ModelSpec(sharing, List.of(new LayerSpec(5, "tanh", null)), List.of(), new SoftSharingSpec(0.0));
    return ModelFactory.build(spec, tasks, 3, 11, DataType.DOUBLE);
  }

  private static Batch batch() {
    Random r = new Random(8);
    double[][] x = new double[ROWS][3];
    INDArray[] y = new INDArray[3];
    INDArray[] masks = new INDArray[3];
    for (double[] row : x) {
      for (int j = 0; j < 3; j++) {
        row[j] = r.nextGaussian();
      }
    }
    for (int t = 0; t < 3; t++) {
      double[] v = new double[ROWS];
      for (int i = 0; i < ROWS; i++) {
        v[i] = (t == 1 ? -1 : 1) * x[i][0] + 0.3 * r.nextGaussian();
      }
      y[t] = Nd4j.create(v, new long[] {ROWS, 1}, DataType.DOUBLE);
      masks[t] = Nd4j.ones(DataType.DOUBLE, ROWS, 1);
    }
    return new Batch(Nd4j.create(x), y, masks, new int[] {ROWS, ROWS, ROWS}, ROWS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"graddrop", "dbmtl", "moco"})
  void theUpdateUsesTheStrategysRowsAndTheChartsTheTaskGradients(String name) {
    for (String sharing : List.of("hard", "mmoe")) {
      MtlModel model = model(sharing);
      Batch batch = batch();
      // the task gradients of this state, from a separate pass
      model.forward(batch, true);
      model.backwardPerTask();
      INDArray original = model.taskGradients().dup();
      double[] norms = new double[3];
      for (int k = 0; k < 3; k++) {
        norms[k] = original.getRow(k).norm2Number().doubleValue();
      }
      var strategy = Strategies.create(StrategySpec.named(name), new StrategySetup(List.of("a", "b", "c"),
          List.of(TaskType.REGRESSION, TaskType.REGRESSION, TaskType.REGRESSION), model.sharedSegments(), 0.1, 3));
      TrainingStep step = new TrainingStep(model, strategy, new Sgd(model.parameters().length(), DataType.DOUBLE, 0, false, 0));
      TrainingStep.Result r = step.run(batch, 0, 0, 0.0, true);
      assertThat(r.divergence()).isNull();
      assertThat(r.gradients().norms()).as(name + " " + sharing).containsExactly(norms, within(1e-12));
      INDArray rows = model.taskGradients();
      assertThat(rows.equalsWithEps(original, 1e-12)).as("rows replaced").isFalse();
      long p = model.sharedParameterCount();
      INDArray shared = model.gradient().get(NDArrayIndex.interval(0, p)).reshape(1, p);
      INDArray expected = Nd4j.create(r.combination().coefficients(), new long[] {1, 3}, DataType.DOUBLE).mmul(rows);
      assertThat(shared.equalsWithEps(expected, 1e-12)).as(name + " " + sharing).isTrue();
    }
  }
}
