package org.mtlworkbench.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch: features and, per task (in the order the loader was given), the targets and
 * the label mask.
 *
 * @param features {@code size × d}
 * @param targets per task {@code size × 1}: value, 0/1, or class index; NaN-free (masked rows 0)
 * @param masks per task {@code size × 1}: 1 where the row is labelled for that task, else 0
 * @param labelled per task, the number of labelled rows in this batch
 * @param size number of rows
 */
public record Batch(INDArray features, INDArray[] targets, INDArray[] masks, int[] labelled, int size) {}
