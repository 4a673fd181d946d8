package org.mtlworkbench.model;

import java.util.List;
import java.util.Random;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.data.TaskType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small models and batches for model tests: one regression, one binary, one 3-class task. */
final class ModelFixtures {
  static final int INPUT = 4;
  static final int ROWS = 6;

  private ModelFixtures() {}

  static List<Task> tasks() {
    return List.of(
        new Task("price", "price", TaskType.REGRESSION, 1, List.of(), "mse", "mse"),
        new Task("churn", "churn", TaskType.BINARY, 1, List.of("no", "yes"), "bce", "accuracy"),
        new Task("segment", "segment", TaskType.MULTICLASS, 3, List.of("a", "b", "c"), "cross-entropy", "accuracy"));
  }

  static ModelSpec spec(String sharing, double lambda) {
    return new ModelSpec(
        sharing,
        List.of(new LayerSpec(5, "tanh", null), new LayerSpec(3, "leaky-relu", null)),
        List.of(new LayerSpec(3, "sigmoid", null)),
        new SoftSharingSpec(lambda));
  }

  /**
   * A batch where "price" is labelled on rows 0-3, "churn" on all rows and "segment" on rows 1
   * and 4 only (masks), in double precision.
   */
  static Batch batch(long seed, boolean segmentHasLabels) {
    Random r = new Random(seed);
    double[][] x = new double[ROWS][INPUT];
    for (double[] row : x) {
      for (int j = 0; j < INPUT; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[] price = new double[ROWS];
    double[] churn = new double[ROWS];
    double[] segment = new double[ROWS];
    double[] mPrice = new double[ROWS];
    double[] mChurn = new double[ROWS];
    double[] mSegment = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      price[i] = i < 4 ? r.nextGaussian() : 0;
      mPrice[i] = i < 4 ? 1 : 0;
      churn[i] = r.nextBoolean() ? 1 : 0;
      mChurn[i] = 1;
      boolean seg = segmentHasLabels && (i == 1 || i == 4);
      segment[i] = seg ? r.nextInt(3) : 0;
      mSegment[i] = seg ? 1 : 0;
    }
    INDArray[] y = {column(price), column(churn), column(segment)};
    INDArray[] m = {column(mPrice), column(mChurn), column(mSegment)};
    int[] labelled = {4, ROWS, segmentHasLabels ? 2 : 0};
    return new Batch(Nd4j.create(x), y, m, labelled, ROWS);
  }

  private static INDArray column(double[] v) {
    return Nd4j.create(v, new long[] {v.length, 1}, DataType.DOUBLE);
  }

  static MtlModel build(String sharing, double lambda) {
    return ModelFactory.build(spec(sharing, lambda), tasks(), INPUT, 99, DataType.DOUBLE);
  }

  static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }

  /** The {@link #spec} architecture with cross-stitch and MMoE settings. */
  static ModelSpec spec(String sharing, double selfWeight, int experts) {
    ModelSpec base = spec(sharing, 0.0);
    return new ModelSpec(sharing, base.backbone(), base.head(), base.soft(), new CrossStitchSpec(selfWeight),
        new MmoeSpec(experts));
  }

  static MtlModel build(String sharing, double selfWeight, int experts) {
    return ModelFactory.build(spec(sharing, selfWeight, experts), tasks(), INPUT, 99, DataType.DOUBLE);
  }

  /** The {@link #spec} architecture under a mixture of experts with the given settings. */
  static ModelSpec experts(String sharing, CgcSpec cgc, PleSpec ple, DSelectKSpec dselectK) {
    ModelSpec base = spec(sharing, 0.0);
    return new ModelSpec(sharing, base.backbone(), base.head(), base.soft(), null, null, new MmoeSpec(3), cgc, ple, dselectK);
  }

  static MtlModel build(ModelSpec spec) {
    return ModelFactory.build(spec, tasks(), INPUT, 99, DataType.DOUBLE);
  }
}
