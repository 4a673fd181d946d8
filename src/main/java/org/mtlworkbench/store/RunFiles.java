package org.mtlworkbench.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtlworkbench.nn.metrics.Metric;

/**
 * The names of a run directory's files and of their columns: the contract that scripts, the
 * writers and the readers share (README, "The run directory"). Every class that writes or reads a
 * run directory spells a file or column name through here, so that the writer and the reader
 * cannot drift apart.
 */
public final class RunFiles {
  /** How the run was made and how it ended; replaced atomically. */
  public static final String MANIFEST = "run.json";
  /** One row per step per task, plus validation and test rows (long format). */
  public static final String METRICS = "metrics.csv";
  /** One row per measured step per task pair: the gradient cosine. */
  public static final String CONFLICTS = "conflicts.csv";
  /** Held by the writing process while the run goes (see {@link RunLock}). */
  public static final String LOCK = "run.lock";
  /** The experiment as run, next to run.json, for runs started from the window and baselines. */
  public static final String EXPERIMENT = "experiment.json";
  /** The mean lookahead affinity matrix, written at the end of a run that measures affinity. */
  public static final String AFFINITY = "affinity.csv";
  /** Every lookahead affinity measurement, appended as the run goes. */
  public static final String AFFINITY_STEPS = "affinity-steps.csv";

  // metrics.csv: the key columns, then the training columns, then the per-layer gradient norms,
  // then one column per metric (filled on validation and test rows)
  public static final String STEP = "step";
  public static final String EPOCH = "epoch";
  public static final String TASK = "task";
  public static final String SPLIT = "split";
  public static final String LOSS = "loss";
  public static final String WEIGHT = "weight";
  public static final String GRAD_NORM = "grad_norm";
  public static final String LOSS_RATIO = "loss_ratio";
  public static final String LEARNING_RATE = "learning_rate";
  /** a_k = cos(g_k(t), g_k(t−)), the task's noise floor (docs/findings.md). */
  public static final String SELF_AGREEMENT = "self_agreement";
  /** cos(g_k, d) with the combined gradient d the strategy chose. */
  public static final String UPDATE_COSINE = "update_cosine";
  /**
   * The lagged gradient measures, last on training rows (empty elsewhere and at the first measured
   * step); run directories written before them lack these columns, and readers then report the
   * measures as absent.
   */
  public static final List<String> LAGGED_COLUMNS = List.of(SELF_AGREEMENT, UPDATE_COSINE);
  /** Prefix of the per-shared-layer gradient norm columns: {@code grad_norm_<layer>}. */
  public static final String LAYER_PREFIX = GRAD_NORM + "_";

  /** The columns that identify a row of metrics.csv. */
  public static final List<String> METRICS_KEY = List.of(STEP, EPOCH, TASK, SPLIT);
  /** Columns of the training rows after the key, before the per-layer norms. */
  public static final List<String> TRAINING_COLUMNS = List.of(LOSS, WEIGHT, GRAD_NORM, LOSS_RATIO, LEARNING_RATE);
  /** The metrics with a column, by their names in experiment files, in column order. */
  public static final List<String> METRICS_WITH_COLUMNS = Arrays.stream(Metric.values()).map(Metric::id).toList();

  // the values of metrics.csv's split column
  public static final String TRAIN = "train";
  public static final String VALIDATION = "validation";
  public static final String TEST = "test";

  // conflicts.csv
  public static final String TASK_A = "task_a";
  public static final String TASK_B = "task_b";
  public static final String COSINE = "cosine";
  /** ½[cos(g_a(t), g_b(t−)) + cos(g_b(t), g_a(t−))], free of the shared batch's noise. */
  public static final String LAGGED_COSINE = "lagged_cosine";
  public static final List<String> CONFLICTS_HEADER = List.of(STEP, TASK_A, TASK_B, COSINE, LAGGED_COSINE);
  /** The columns every conflicts.csv starts with (files written before the lagged cosine end there). */
  public static final List<String> CONFLICTS_KEY = CONFLICTS_HEADER.subList(0, 4);

  // affinity-steps.csv and affinity.csv
  public static final String SOURCE = "source";
  public static final String TARGET = "target";
  public static final List<String> AFFINITY_STEPS_HEADER = List.of(STEP, SOURCE, TARGET, "affinity");

  private RunFiles() {}

  /** The gradient-norm column of one shared layer. */
  public static String layerColumn(String layer) {
    return LAYER_PREFIX + layer;
  }

  /** The shared layer a column holds the gradient norm of, or null when it is no such column. */
  public static String layerOf(String column) {
    return column.startsWith(LAYER_PREFIX) ? column.substring(LAYER_PREFIX.length()) : null;
  }

  /** The column of a metric: its name with '-' as '_' ("macro-f1" → "macro_f1"), for pandas. */
  public static String metricColumn(String metric) {
    return metric.replace('-', '_');
  }

  /** The whole header of metrics.csv for a model with these shared layers. */
  public static List<String> metricsHeader(List<String> sharedLayers) {
    List<String> header = new ArrayList<>(METRICS_KEY);
    header.addAll(TRAINING_COLUMNS);
    for (String layer : sharedLayers) {
      header.add(layerColumn(layer));
    }
    for (String metric : METRICS_WITH_COLUMNS) {
      header.add(metricColumn(metric));
    }
    header.addAll(LAGGED_COLUMNS);
    return header;
  }
}
