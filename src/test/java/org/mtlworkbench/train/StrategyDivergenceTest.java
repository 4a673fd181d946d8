package org.mtlworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.SoftSharingSpec;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.nn.ParameterSegment;
import org.mtlworkbench.optim.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A gradient that overflows while every loss is finite stops the step as diverged, naming the
 * task, before the optimiser touches the parameters — for every strategy that reads gradients.
 */
class StrategyDivergenceTest {
  private static final int ROWS = 8;

  static List<String> gradientStrategies() {
    return StrategyCatalog.NAMES.stream().filter(n -> create(n).needsTaskGradients()).toList();
  }

  private static List<Task> tasks() {
    return List.of(
        new Task("a", "a", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("b", "b", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("c", "c", TaskType.REGRESSION, 1, List.of(), "mse", "mse"));
  }

  private static BalancingStrategy create(String name) {
    MtlModel model = model();
    return Strategies.create(StrategySpec.named(name), new StrategySetup(List.of("a", "b", "c"),
        List.of(TaskType.REGRESSION, TaskType.REGRESSION, TaskType.REGRESSION), model.sharedSegments(), 0.1, 1));
  }

  private static MtlModel model() {
    ModelSpec spec = new ModelSpec("hard", List.of(new LayerSpec(4, "tanh", null)), List.of(), new SoftSharingSpec(0.0));
    return ModelFactory.build(spec, tasks(), 3, 7, DataType.DOUBLE);
  }

  private static Batch batch() {
    Random r = new Random(3);
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
        v[i] = r.nextGaussian();
      }
      y[t] = Nd4j.create(v, new long[] {ROWS, 1}, DataType.DOUBLE);
      masks[t] = Nd4j.ones(DataType.DOUBLE, ROWS, 1);
    }
    return new Batch(Nd4j.create(x), y, masks, new int[] {ROWS, ROWS, ROWS}, ROWS);
  }

  @ParameterizedTest
  @MethodSource("gradientStrategies")
  void anOverflowedGradientStopsTheStepBeforeTheUpdate(String name) {
    MtlModel model = new OverflowingTask(model(), 1);
    INDArray before = model.parameters().dup();
    TrainingStep step = new TrainingStep(model, create(name), new Sgd(model.parameters().length(), DataType.DOUBLE, 0, false, 0));
    TrainingStep.Result r = step.run(batch(), 12, 0, 0.1, false);
    assertThat(r.divergence()).as(name).startsWith("task 'b' diverged at step 12: ");
    assertThat(model.parameters()).isEqualTo(before);
  }

  /** A real model whose task {@code task} gets an infinite entry in its shared gradient row. */
  private static final class OverflowingTask implements MtlModel {
    private final MtlModel m;
    private final int task;

    OverflowingTask(MtlModel m, int task) {
      this.m = m;
      this.task = task;
    }

    @Override
    public void backwardPerTask() {
      m.backwardPerTask();
      m.taskGradients().putScalar(task, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    public List<Task> tasks() {
      return m.tasks();
    }

    @Override
    public Sharing sharing() {
      return m.sharing();
    }

    @Override
    public long sharedParameterCount() {
      return m.sharedParameterCount();
    }

    @Override
    public List<ParameterSegment> sharedSegments() {
      return m.sharedSegments();
    }

    @Override
    public INDArray parameters() {
      return m.parameters();
    }

    @Override
    public INDArray gradient() {
      return m.gradient();
    }

    @Override
    public INDArray taskGradients() {
      return m.taskGradients();
    }

    @Override
    public INDArray representationGradients() {
      return m.representationGradients();
    }

    @Override
    public double[] forward(Batch batch, boolean training) {
      return m.forward(batch, training);
    }

    @Override
    public void backwardCombined(double[] weights) {
      m.backwardCombined(weights);
    }

    @Override
    public void combineTaskGradients(double[] headWeights, double[] coefficients) {
      m.combineTaskGradients(headWeights, coefficients);
    }

    @Override
    public double addRegularization() {
      return m.addRegularization();
    }

    @Override
    public INDArray output(int t) {
      return m.output(t);
    }

    @Override
    public INDArray[] predict(INDArray features) {
      return m.predict(features);
    }
  }
}
