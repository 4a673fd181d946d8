package org.mtlworkbench.train;

import java.util.List;

/**
 * What a run is about, published once at the start.
 *
 * @param taskNames tasks in model order
 * @param sharedLayers names of the shared layers (for per-layer gradient norms)
 * @param totalSteps steps the run will take if not stopped
 * @param stepsPerEpoch batches per epoch
 * @param strategy balancing strategy name
 * @param sharing "hard" or "soft"
 */
public record RunInfo(
    List<String> taskNames,
    List<String> sharedLayers,
    long totalSteps,
    long stepsPerEpoch,
    String strategy,
    String sharing) {}
