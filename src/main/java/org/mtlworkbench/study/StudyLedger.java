package org.mtlworkbench.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;

/**
 * {@code progress.json} in a study directory: what the data told when the study started ({@link
 * PreparedStudy}'s tasks, features and data fingerprint) and how each run that was tried ended.
 * Replaced atomically after every run, so a study killed at any moment leaves a readable file
 * that names every run completed before.
 *
 * @param formatVersion version of this file's layout
 * @param study the study's name
 * @param tasks the tasks and their metrics
 * @param featureNames the feature columns of CSV data (null for generated data)
 * @param dataSha256 SHA-256 of the CSV file (null for generated data)
 * @param planned how many runs the plan has
 * @param runs how each run tried ended, in the order they ended
 */
public record StudyLedger(int formatVersion, String study, List<TaskMetric> tasks, List<String> featureNames, String dataSha256,
    int planned, List<RunRecord> runs) {

  public StudyLedger {
    runs = runs == null ? List.of() : List.copyOf(runs);
  }

  /** A ledger with no run yet. */
  public static StudyLedger start(PreparedStudy s) {
    return new StudyLedger(1, s.study().name(), s.tasks(), s.featureNames(), s.dataSha256(), s.plan().runs().size(), List.of());
  }

  /** The same ledger with {@code r} recorded (replacing an earlier record of the same run). */
  public StudyLedger with(RunRecord r) {
    Map<RunKey, RunRecord> byKey = new LinkedHashMap<>();
    runs.forEach(x -> byKey.put(x.key(), x));
    byKey.remove(r.key());
    byKey.put(r.key(), r);
    return new StudyLedger(formatVersion, study, tasks, featureNames, dataSha256, planned, new ArrayList<>(byKey.values()));
  }

  /** The record of a run, or null when it was never tried. */
  public RunRecord record(RunKey key) {
    return runs.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
  }

  public void write(Path file) {
    try {
      AtomicFiles.writeString(file, ExperimentFiles.mapper().writeValueAsString(this) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + file, e);
    }
  }

  /** Reads a progress file; null when there is none. */
  public static StudyLedger read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return ExperimentFiles.mapper().readValue(file.toFile(), StudyLedger.class);
    } catch (java.io.IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
