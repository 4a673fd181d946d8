package org.mtlworkbench.study;

import java.util.LinkedHashSet;
import java.util.List;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSource;

/**
 * A study as saved in a study file (schema version {@value #SCHEMA_VERSION}): one experiment run
 * with several balancing strategies, sharing schemes and seeds, each compared with single-task
 * baselines. Defaults are defined here alone; docs/study-schema.md describes every field.
 *
 * @param schemaVersion file format version; required
 * @param name shown in summaries and reports (default: the experiment's name)
 * @param experiment the experiment, inline or the path of an experiment file (relative to the
 *     study file's folder); required
 * @param strategies balancing strategies to compare, by name (at least one; no repeats)
 * @param sharing sharing schemes to compare ("hard", "soft", "cross-stitch", "mmoe"); default:
 *     the experiment's own
 * @param seeds how many seeds and from which (default 3 from the experiment's seed)
 * @param baselines train each task alone once per seed (and sharing scheme) and compare: Δ_k,
 *     Δm and Welch's verdict (default true)
 * @param affinity measure the lookahead task affinity (Fifty et al. 2021) in every multi-task run
 *     whose tasks share parameters (default false)
 * @param groups a grouping of the experiment's tasks to test against training them all together:
 *     each group trained as its own model, with every strategy, sharing scheme and seed ({@link
 *     TaskGroups}; checked against the experiment's tasks when the study is resolved); null for none
 */
public record StudySpec(
    Integer schemaVersion,
    String name,
    ExperimentSource experiment,
    List<String> strategies,
    List<String> sharing,
    SeedsSpec seeds,
    Boolean baselines,
    Boolean affinity,
    List<List<String>> groups) {

  public static final int SCHEMA_VERSION = 1;

  public StudySpec {
    if (schemaVersion == null) {
      throw new InputException("missing \"schemaVersion\" (this version of MTL Workbench reads study files of version " + SCHEMA_VERSION + ")");
    }
    if (schemaVersion != SCHEMA_VERSION) {
      throw new InputException("schemaVersion " + schemaVersion + " is not supported (this version of MTL Workbench reads study files of version "
          + SCHEMA_VERSION + ")");
    }
    if (experiment == null) {
      throw new InputException("missing \"experiment\": write the experiment inline or give the path of an experiment file");
    }
    if (strategies == null || strategies.isEmpty()) {
      throw new InputException("missing \"strategies\": list one or more balancing strategies, e.g. [\"equal\", \"pcgrad\"]");
    }
    strategies = distinct("strategies", strategies);
    sharing = sharing == null || sharing.isEmpty() ? null : distinct("sharing", sharing);
    seeds = seeds == null ? new SeedsSpec(null, null) : seeds;
    baselines = baselines == null ? Boolean.TRUE : baselines;
    affinity = affinity == null ? Boolean.FALSE : affinity;
  }

  private static List<String> distinct(String field, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null || items.get(i).isBlank()) {
        throw new InputException(field + "[" + i + "]: the name is empty");
      }
    }
    List<String> unique = List.copyOf(new LinkedHashSet<>(items.stream().map(String::strip).toList()));
    if (unique.size() != items.size()) {
      throw new InputException(field + ": a name is listed twice");
    }
    return unique;
  }
}
