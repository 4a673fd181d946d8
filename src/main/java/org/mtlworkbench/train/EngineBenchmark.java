package org.mtlworkbench.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.mtlworkbench.balance.BalancingStrategy;
import org.mtlworkbench.balance.EqualWeighting;
import org.mtlworkbench.balance.PcGrad;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategySetup;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelFactory;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.MtlModel;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.optim.OptimizerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reference benchmark of BENCH.md: the same models, batch shapes and modes as the PyTorch
 * peer, run through the same {@link TrainingStep} that training uses, on fixed synthetic data.
 *
 * <ul>
 *   <li>B1: input 784, batch 256, trunk 784-256-128 (ReLU), 2 heads 128→10, softmax cross-entropy;
 *   <li>B2: input 100, batch 512, trunk 100-512-512-256 (ReLU), 4 heads 256→1, MSE;
 *   <li>B3: Multi-LeNet (Sener &amp; Koltun 2018) on 1×28×28 images, batch 256: conv 10@5×5 →
 *       max-pool 2 → ReLU → conv 20@5×5 → max-pool 2 → ReLU → dense 320→50 (ReLU); 2 heads
 *       50→50 (ReLU) →10, softmax cross-entropy — the multi-fashion sample's model.
 * </ul>
 *
 * Modes (plain SGD, learning rate 0.05): {@code plain} = one fused backward of the summed loss;
 * {@code diag} = per-task gradients on the trunk, their norms (whole and per layer) and pairwise
 * cosines, update with the sum; {@code pcgrad} = per-task gradients combined by PCGrad.
 */
public final class EngineBenchmark {
  /** One benchmark configuration. */
  public enum Config {
    B1(784, null, 256, dense(256, 128), List.of(), 2, 10),
    B2(100, null, 512, dense(512, 512, 256), List.of(), 4, 1),
    B3(784, List.of(1, 28, 28), 256, List.of(
        LayerSpec.conv(10, 5, "none"), LayerSpec.maxPool(2, "relu"),
        LayerSpec.conv(20, 5, "none"), LayerSpec.maxPool(2, "relu"),
        LayerSpec.of(50)), dense(50), 2, 10);

    final int input;
    final List<Integer> inputShape;
    final int batch;
    final List<LayerSpec> trunk;
    final List<LayerSpec> head;
    final int tasks;
    final int headOut;

    Config(int input, List<Integer> inputShape, int batch, List<LayerSpec> trunk, List<LayerSpec> head, int tasks, int headOut) {
      this.input = input;
      this.inputShape = inputShape;
      this.batch = batch;
      this.trunk = trunk;
      this.head = head;
      this.tasks = tasks;
      this.headOut = headOut;
    }

    private static List<LayerSpec> dense(int... widths) {
      return java.util.Arrays.stream(widths).mapToObj(LayerSpec::of).toList();
    }

    /** The model as the experiment file would give it, under {@code sharing} (each scheme's default settings). */
    ModelSpec modelSpec(Sharing sharing) {
      return new ModelSpec(sharing.id(), trunk, head, null, inputShape);
    }
  }

  /** What is measured. */
  public enum Mode {
    PLAIN,
    DIAG,
    PCGRAD;

    public static Mode parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InputException("--mode must be plain, diag or pcgrad, got '" + s + "'");
      }
    }
  }

  /**
   * The result.
   *
   * @param rounds steps/s of each timed round
   * @param median median of the rounds
   * @param steps total timed steps
   */
  public record Result(double[] rounds, double median, long steps) {}

  private static final double LEARNING_RATE = 0.05;
  private static final long SEED = 1234;

  private final Config config;
  private final Mode mode;
  private final MtlModel model;
  private final TrainingStep step;
  private final Batch batch;

  public EngineBenchmark(Config config, Mode mode) {
    this(config, mode, null);
  }

  /**
   * @param strategyName a balancing strategy by name (its default options), replacing the mode's
   *     own ({@code equal}, or PCGrad for {@code pcgrad}); {@code null} for the mode's — to measure
   *     what a strategy costs per step against {@code equal}
   */
  public EngineBenchmark(Config config, Mode mode, String strategyName) {
    this(config, mode, strategyName, Sharing.HARD);
  }

  /**
   * @param sharing the configuration's model under this scheme instead of hard sharing, to measure
   *     what a scheme costs per step
   */
  public EngineBenchmark(Config config, Mode mode, String strategyName, Sharing sharing) {
    this.config = config;
    this.mode = mode;
    List<Task> tasks = new ArrayList<>();
    for (int k = 0; k < config.tasks; k++) {
      tasks.add(config.headOut == 1
          ? new Task("t" + (k + 1), "t" + (k + 1), TaskType.REGRESSION, 1, List.of(), "mse", "mse")
          : new Task("t" + (k + 1), "t" + (k + 1), TaskType.MULTICLASS, config.headOut, classes(config.headOut), "cross-entropy", "accuracy"));
    }
    this.model = ModelFactory.build(config.modelSpec(sharing), tasks, config.input, SEED, DataType.FLOAT);
    BalancingStrategy strategy;
    if (strategyName != null) {
      strategy = Strategies.create(StrategySpec.named(strategyName), new StrategySetup(
          tasks.stream().map(Task::name).toList(), tasks.stream().map(Task::type).toList(), model.sharedSegments(),
          LEARNING_RATE, SEED));
    } else {
      strategy = mode == Mode.PCGRAD ? new PcGrad(SEED) : new EqualWeighting(config.tasks);
    }
    OptimizerSpec sgd = new OptimizerSpec("sgd", LEARNING_RATE, 0.0, false, null, null, null, 0.0, null);
    this.step = new TrainingStep(model, strategy, sgd.create(model.parameters().length(), DataType.FLOAT));
    this.batch = syntheticBatch(config);
  }

  private static List<String> classes(int n) {
    List<String> c = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      c.add(Integer.toString(i));
    }
    return c;
  }

  private static Batch syntheticBatch(Config c) {
    Random r = new Random(SEED);
    float[] x = new float[c.batch * c.input];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    INDArray[] targets = new INDArray[c.tasks];
    INDArray[] masks = new INDArray[c.tasks];
    int[] labelled = new int[c.tasks];
    for (int k = 0; k < c.tasks; k++) {
      float[] y = new float[c.batch];
      for (int i = 0; i < y.length; i++) {
        y[i] = c.headOut == 1 ? (float) r.nextGaussian() : r.nextInt(c.headOut);
      }
      targets[k] = Nd4j.create(y, new long[] {c.batch, 1}, DataType.FLOAT);
      float[] ones = new float[c.batch];
      Arrays.fill(ones, 1f);
      masks[k] = Nd4j.create(ones, new long[] {c.batch, 1}, DataType.FLOAT);
      labelled[k] = c.batch;
    }
    return new Batch(Nd4j.create(x, new long[] {c.batch, c.input}, DataType.FLOAT), targets, masks, labelled, c.batch);
  }

  /** Runs one step; returns the losses (used by tests to check the loop learns). */
  public double[] step(long index) {
    TrainingStep.Result r = step.run(batch, index, 0, LEARNING_RATE, mode == Mode.DIAG);
    if (r.divergence() != null) {
      throw new IllegalStateException(r.divergence());
    }
    return r.losses();
  }

  /**
   * Warms up, then runs {@code rounds} timed rounds of {@code secondsPerRound} each. Each round's
   * line also gives the steps per CPU second of the thread that runs the steps: with one compute
   * thread that is the whole step's work, and it holds on a loaded machine where steps per wall
   * second do not (the rate a quiet core would give, less cache and memory contention).
   *
   * @param report called with a line per round
   */
  public Result measure(double warmupSeconds, int rounds, double secondsPerRound, Consumer<String> report) {
    long i = 0;
    long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < end || i < 3) {
      step(i++);
    }
    double[] rates = new double[rounds];
    long total = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      long n = 0;
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long stop = t0 + (long) (secondsPerRound * 1e9);
      long now;
      do {
        step(i++);
        n++;
        now = System.nanoTime();
      } while (now < stop);
      rates[round] = n / ((now - t0) / 1e9);
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      total += n;
      report.accept(String.format(Locale.ROOT, "round %d: %d steps, %.1f steps/s, %.1f steps per CPU second of the stepping thread",
          round + 1, n, rates[round], n / cpu));
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double median = rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
    return new Result(rates, median, total);
  }

  public Config config() {
    return config;
  }

  public Mode mode() {
    return mode;
  }
}
