package org.mtlworkbench.store;

import java.util.List;

/**
 * Every task's comparison on one split, and Δm (the mean of Δ_k over tasks, Maninis et al. 2019)
 * per seed and over seeds.
 *
 * @param tasks per task, in model order
 * @param deltaM Δm per seed (null where a task's Δ_k is undefined)
 * @param deltaMMean mean of Δm over seeds
 * @param deltaMStd sample standard deviation of Δm over seeds (null with one seed)
 */
public record TransferTable(List<TransferRow> tasks, List<Double> deltaM, Double deltaMMean, Double deltaMStd) {}
