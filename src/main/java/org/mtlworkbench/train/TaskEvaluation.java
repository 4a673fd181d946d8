package org.mtlworkbench.train;

import java.util.Map;

/**
 * One task scored on one split.
 *
 * @param loss mean loss over labelled rows
 * @param metrics metric name → value (regression: mse, mae, r2; classification: accuracy,
 *     macro-f1), in a stable order
 * @param labelled number of labelled rows it was computed on
 */
public record TaskEvaluation(double loss, Map<String, Double> metrics, int labelled) {}
