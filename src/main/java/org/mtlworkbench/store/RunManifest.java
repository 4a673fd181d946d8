package org.mtlworkbench.store;

import java.util.List;
import java.util.Map;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The contents of {@code run.json}: how a run was made and how it ended (Tribuo's provenance
 * habit: the exact spec, seed and versions travel with the results).
 *
 * @param formatVersion version of this file's layout
 * @param name experiment name
 * @param status running, finished, stopped, diverged or failed
 * @param message why it ended
 * @param experimentFile the experiment file it was started from (relative paths in the spec are
 *     relative to its folder), or null
 * @param command the command line that reproduces the run
 * @param seed the run's seed
 * @param startedAt ISO-8601 instant
 * @param finishedAt ISO-8601 instant, or null while running
 * @param wallSeconds wall-clock seconds
 * @param steps steps done
 * @param totalSteps steps planned
 * @param tasks task names in model order
 * @param sharedLayers shared layer names
 * @param versions app, numerics, Java, OS
 * @param data summary of the data as prepared
 * @param experiment the full spec as run (after command-line overrides)
 * @param finalMetrics split → task → loss and metric values
 * @param findings plain-language findings with their evidence (null while running)
 * @param affinity the mean lookahead task affinities, when measured ({@code training.affinityEvery})
 * @param transfer the comparison with single-task baselines, when run ({@code train --baselines})
 */
public record RunManifest(
    int formatVersion,
    String name,
    String status,
    String message,
    String experimentFile,
    String command,
    long seed,
    String startedAt,
    String finishedAt,
    double wallSeconds,
    long steps,
    long totalSteps,
    List<String> tasks,
    List<String> sharedLayers,
    Map<String, String> versions,
    Map<String, Object> data,
    ExperimentSpec experiment,
    Map<String, Map<String, Map<String, Double>>> finalMetrics,
    List<org.mtlworkbench.diagnostics.Finding> findings,
    AffinityReport affinity,
    TransferReport transfer) {

  /** The same run with a comparison against single-task baselines attached, and its findings. */
  public RunManifest withTransfer(TransferReport report, List<org.mtlworkbench.diagnostics.Finding> allFindings) {
    return new RunManifest(formatVersion, name, status, message, experimentFile, command, seed, startedAt, finishedAt, wallSeconds,
        steps, totalSteps, tasks, sharedLayers, versions, data, experiment, finalMetrics, List.copyOf(allFindings), affinity, report);
  }
}
