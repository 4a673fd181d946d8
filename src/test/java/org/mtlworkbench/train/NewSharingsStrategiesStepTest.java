package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyCompatibility;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.optim.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every strategy the compatibility check admits under cgc, ple and dselect-k takes training steps
 * there: finite losses, no divergence, every part of the model moves (the shared experts through
 * the combined rows, each task's gate and own experts through its own gradient), and the step's
 * gradient picture is of the shared rows only. (MTAN's steps run in {@code NewSharingsCliTest}.)
 */
class NewSharingsStrategiesStepTest {
  private static final int ROWS = 24;
  private static final List<String> NAMES = List.of("a", "b", "c");

  private static MtlModel model(String sharing) {
    List<Task> tasks = NAMES.stream().map(n -> new Task(n, n, TaskType.REGRESSION, 1, List.of(), "mse", "mse")).toList();
    ModelSpec spec = new ModelSpec(sharing, List.of(new LayerSpec(6, "tanh", null), new LayerSpec(4, "relu", null)), List.of(), null);
    return ModelFactory.build(spec, tasks, 3, 11, DataType.DOUBLE);
  }

  private static Batch batch(long seed) {
    Random r = new Random(seed);
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
        v[i] = (t == 1 ? -1 : 1) * x[i][t] * (t + 1) + 0.3 * r.nextGaussian();
      }
      y[t] = Nd4j.create(v, new long[] {ROWS, 1}, DataType.DOUBLE);
      masks[t] = Nd4j.ones(DataType.DOUBLE, ROWS, 1);
    }
    return new Batch(Nd4j.create(x), y, masks, new int[] {ROWS, ROWS, ROWS}, ROWS);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cgc", "ple", "dselect-k"})
  void everyAdmittedStrategyTrains(String sharing) {
    int admitted = 0;
    for (String name : StrategyCatalog.NAMES) {
      if (!StrategyCompatibility.supports(name, Sharing.parse(sharing))) {
        assertThat(name).isEqualTo("gradnorm");
        continue;
      }
      admitted++;
      MtlModel model = model(sharing);
      INDArray start = model.parameters().dup();
      BalancingStrategy strategy = Strategies.create(StrategySpec.named(name), new StrategySetup(NAMES,
          List.of(TaskType.REGRESSION, TaskType.REGRESSION, TaskType.REGRESSION), model.sharedSegments(), 0.05, 3));
      TrainingStep step = new TrainingStep(model, strategy, new Sgd(model.parameters().length(), DataType.DOUBLE, 0, false, 0));
      for (int s = 0; s < 4; s++) {
        TrainingStep.Result r = step.run(batch(s), s, 0, 0.05, true);
        assertThat(r.divergence()).as(name).isNull();
        for (double l : r.losses()) {
          assertThat(l).as(name).isFinite();
        }
        assertThat(java.util.Arrays.stream(r.gradients().norms()).allMatch(Double::isFinite)).as(name).isTrue();
      }
      INDArray moved = model.parameters().sub(start);
      long shared = model.sharedParameterCount();
      assertThat(moved.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, shared)).amaxNumber().doubleValue())
          .as(name + ": the shared experts moved").isPositive();
      assertThat(moved.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(shared, moved.length())).amaxNumber().doubleValue())
          .as(name + ": gates, own experts and heads moved").isPositive();
    }
    assertThat(admitted).isEqualTo(StrategyCatalog.NAMES.size() - 1);
  }
}
