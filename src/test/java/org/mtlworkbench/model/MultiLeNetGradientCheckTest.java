package org.mtlworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtlworkbench.data.Batch;
import org.mtlworkbench.nn.GradientCheck;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Finite-difference checks, in double precision, of a small Multi-LeNet (conv → max-pool → ReLU →
 * conv with padding → max-pool → ReLU → dense) under every sharing scheme: the shape the network
 * builder turns into convolutions that pool their own output, so this checks the fused layers
 * inside whole models (1×10×10 → conv 2@3×3 → 2×8×8 → pool → 2×4×4 → conv 2@2×2 pad 1 → 2×5×5 →
 * pool → 2×2×2 → dense 3). The fused gradient of Σ_k L_k over every parameter is checked for
 * every scheme; each task's own row on the shared part for hard sharing (the stacked per-task
 * backward through the conv layers) and the soft schemes (cross-stitch and MMoE compute their
 * rows with code that does not depend on the layer kind, checked in {@code
 * SharingSchemesGradientCheckTest}, and a check over all their towers takes minutes) and MTAN,
 * whose attention modules exist only on images. The mixtures of experts (MMoE, CGC, PLE — here
 * two levels of conv experts — and DSelect-k) are checked fused; their rows in {@code
 * ExpertModelsGradientCheckTest}.
 */
class MultiLeNetGradientCheckTest {
  private static final double TOLERANCE = 1e-6;
  private static final int SIDE = 10;

  static ModelSpec spec(String sharing, String penalty) {
    return new ModelSpec(sharing,
        List.of(LayerSpec.conv(2, 3, "none"), LayerSpec.maxPool(2, "relu"),
            new LayerSpec("conv", null, 2, 2, null, 1, null, "none", null), LayerSpec.maxPool(2, "relu"),
            LayerSpec.of(3)),
        List.of(LayerSpec.of(3)), new SoftSharingSpec(0.2, penalty), List.of(1, SIDE, SIDE),
        new CrossStitchSpec(0.8), new MmoeSpec(2), new CgcSpec(1, 1), new PleSpec(1, 1, 2), new DSelectKSpec(3, 2, 1.0, 0.0));
  }

  /** {@link ModelFixtures#batch}'s targets and masks with 10×10 images as features. */
  static Batch images(long seed) {
    Batch b = ModelFixtures.batch(seed, true);
    Random r = new Random(seed + 100);
    double[][] x = new double[ModelFixtures.ROWS][SIDE * SIDE];
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return new Batch(Nd4j.create(x), b.targets(), b.masks(), b.labelled(), b.size());
  }

  @ParameterizedTest(name = "{0} {1}, task rows checked: {2}")
  @CsvSource({"hard, l2, true", "soft, l2, true", "soft, trace-norm, true", "cross-stitch, l2, false", "mmoe, l2, false",
    "mtan, l2, true", "cgc, l2, false", "ple, l2, false", "dselect-k, l2, false"})
  void gradientsMatchFiniteDifferences(String sharing, String penalty, boolean checkRows) {
    MtlModel model = ModelFactory.build(spec(sharing, penalty), ModelFixtures.tasks(), SIDE * SIDE, 3, DataType.DOUBLE);
    Batch batch = images(8);
    model.forward(batch, true);
    model.backwardCombined(new double[] {1, 1, 1});
    model.addRegularization();
    INDArray fused = model.gradient().dup();
    GradientCheck.Result r = GradientCheck.check(model.parameters(), fused,
        p -> ModelFixtures.sum(model.forward(batch, true)) + model.addRegularization(), 1e-5, GradientCheck.DEFAULT_FLOOR);
    assertThat(r.maxRelativeError()).as("%s", r).isLessThan(TOLERANCE);
    assertThat(fused.norm2Number().doubleValue()).isGreaterThan(0.0);
    if (!checkRows) {
      return;
    }

    model.forward(batch, true);
    model.backwardPerTask();
    INDArray rows = model.taskGradients().dup();
    long p = model.sharedParameterCount();
    boolean towers = sharing.equals("soft");
    for (int k = 0; k < 3; k++) {
      int task = k;
      long offset = towers ? k * p : 0;
      INDArray shared = model.parameters().get(NDArrayIndex.interval(offset, offset + p));
      GradientCheck.Result rk = GradientCheck.check(shared, rows.getRow(k), q -> model.forward(batch, true)[task]);
      assertThat(rk.maxRelativeError()).as("task %d: %s", k, rk).isLessThan(TOLERANCE);
    }
  }
}
