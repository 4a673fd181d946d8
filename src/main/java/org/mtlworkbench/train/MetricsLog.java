package org.mtlworkbench.train;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a run has learned, step by step, in columns: append-only, written by the training
 * thread, read at any time by any thread (charts poll it, the report reads it at the end).
 *
 * <p>Per step: learning rate, and per task the loss, weight, loss ratio, gradient norm (whole
 * shared part and per shared layer), self-agreement and the update measures; per task pair the
 * same-step and the lagged gradient cosine. Values not computed at a step (diagnostics switched
 * off, or the lagged measures at the first measured step) are NaN. Per epoch: the validation evaluations, kept as records.
 *
 * <p>Readers call {@link #size()} once and read indices below it; everything below a size they
 * have seen is complete (the size is published after the values are written).
 */
public final class MetricsLog implements TrainingListener {
  /** Per-task series. */
  public enum Series {
    LOSS,
    WEIGHT,
    LOSS_RATIO,
    GRAD_NORM,
    /** a_k = cos(g_k(t), g_k(t−)), the noise floor ({@link org.mtlworkbench.diagnostics.GradientSnapshot}). */
    SELF_AGREEMENT,
    /** cos(g_k(t), d(t)) with the update applied. */
    UPDATE_COSINE
  }

  private final List<String> taskNames;
  private final List<String> layerNames;
  private final int tasks;
  private final int layers;
  private final FloatColumn steps = new FloatColumn();
  private final FloatColumn epochs = new FloatColumn();
  private final FloatColumn learningRate = new FloatColumn();
  private final FloatColumn[][] perTask;
  private final FloatColumn[][] layerNorms;
  private final FloatColumn[] cosines;
  private final FloatColumn[] laggedCosines;
  private final List<EpochRecord> evaluations = new CopyOnWriteArrayList<>();
  private volatile List<org.mtlworkbench.diagnostics.Finding> findings;
  private volatile int size;

  public MetricsLog(List<String> taskNames, List<String> layerNames) {
    this.taskNames = List.copyOf(taskNames);
    this.layerNames = List.copyOf(layerNames);
    this.tasks = taskNames.size();
    this.layers = layerNames.size();
    this.perTask = new FloatColumn[Series.values().length][tasks];
    for (FloatColumn[] row : perTask) {
      for (int k = 0; k < tasks; k++) {
        row[k] = new FloatColumn();
      }
    }
    this.layerNorms = new FloatColumn[tasks][layers];
    for (int k = 0; k < tasks; k++) {
      for (int l = 0; l < layers; l++) {
        layerNorms[k][l] = new FloatColumn();
      }
    }
    this.cosines = new FloatColumn[tasks * (tasks - 1) / 2];
    this.laggedCosines = new FloatColumn[cosines.length];
    for (int p = 0; p < cosines.length; p++) {
      cosines[p] = new FloatColumn();
      laggedCosines[p] = new FloatColumn();
    }
  }

  /** A log shaped for the run described by {@code info}. */
  public static MetricsLog forRun(RunInfo info) {
    return new MetricsLog(info.taskNames(), info.sharedLayers());
  }

  public List<String> taskNames() {
    return taskNames;
  }

  public List<String> layerNames() {
    return layerNames;
  }

  /** Number of steps recorded (and fully visible). */
  public int size() {
    return size;
  }

  /** Index of the pair (i, j), i ≠ j, in the cosine columns. */
  public int pairIndex(int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return a * tasks - a * (a + 1) / 2 + (b - a - 1);
  }

  @Override
  public void onStep(StepRecord r) {
    int i = size;
    steps.set(i, r.step());
    epochs.set(i, r.epoch());
    learningRate.set(i, (float) r.learningRate());
    for (int k = 0; k < tasks; k++) {
      perTask[Series.LOSS.ordinal()][k].set(i, (float) r.losses()[k]);
      perTask[Series.WEIGHT.ordinal()][k].set(i, (float) r.weights()[k]);
      perTask[Series.LOSS_RATIO.ordinal()][k].set(i, (float) r.lossRatios()[k]);
      var g = r.gradients();
      perTask[Series.GRAD_NORM.ordinal()][k].set(i, g == null ? Float.NaN : (float) g.norms()[k]);
      perTask[Series.SELF_AGREEMENT.ordinal()][k].set(i, g == null ? Float.NaN : (float) g.selfAgreement(k));
      perTask[Series.UPDATE_COSINE.ordinal()][k].set(i, g == null ? Float.NaN : (float) g.updateCosines()[k]);
      for (int l = 0; l < layers; l++) {
        layerNorms[k][l].set(i, g == null ? Float.NaN : (float) g.layerNorms()[k][l]);
      }
      for (int j = k + 1; j < tasks; j++) {
        cosines[pairIndex(k, j)].set(i, g == null ? Float.NaN : (float) g.cosines()[k][j]);
        laggedCosines[pairIndex(k, j)].set(i, g == null ? Float.NaN : (float) g.laggedCosines()[k][j]);
      }
    }
    size = i + 1;
  }

  @Override
  public void onEpoch(EpochRecord record) {
    evaluations.add(record);
  }

  public long step(int index) {
    return (long) steps.get(index);
  }

  public int epoch(int index) {
    return (int) epochs.get(index);
  }

  public float learningRate(int index) {
    return learningRate.get(index);
  }

  public float value(Series series, int task, int index) {
    return perTask[series.ordinal()][task].get(index);
  }

  /** Copies {@code [from, to)} of a per-task series into {@code dest}. */
  public void copy(Series series, int task, int from, int to, float[] dest) {
    perTask[series.ordinal()][task].copy(from, to, dest);
  }

  public float layerNorm(int task, int layer, int index) {
    return layerNorms[task][layer].get(index);
  }

  public void copyLayerNorms(int task, int layer, int from, int to, float[] dest) {
    layerNorms[task][layer].copy(from, to, dest);
  }

  public float cosine(int i, int j, int index) {
    return cosines[pairIndex(i, j)].get(index);
  }

  public void copyCosines(int i, int j, int from, int to, float[] dest) {
    cosines[pairIndex(i, j)].copy(from, to, dest);
  }

  /** ℓ_ij at a step: the lagged cosine of the pair (NaN when not measured). */
  public float laggedCosine(int i, int j, int index) {
    return laggedCosines[pairIndex(i, j)].get(index);
  }

  /**
   * The gradient findings last computed from this log by its {@link FindingsMonitor}, so that a
   * display shows them without computing them again; null when none were published (a log
   * replayed from disk).
   */
  public List<org.mtlworkbench.diagnostics.Finding> findings() {
    return findings;
  }

  /** Publishes the findings computed from this log (any thread). */
  public void publishFindings(List<org.mtlworkbench.diagnostics.Finding> computed) {
    findings = List.copyOf(computed);
  }

  /** The evaluations recorded so far (a snapshot). */
  public List<EpochRecord> evaluations() {
    return List.copyOf(evaluations);
  }
}
