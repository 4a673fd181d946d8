package org.mtlworkbench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.diagnostics.AffinityFindings;
import org.mtlworkbench.diagnostics.AffinityMatrix;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.CsvNumbers;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.train.AffinityListener;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;

/**
 * Records the lookahead affinities of a run: every measurement as rows of {@code
 * affinity-steps.csv} ({@code step,source,target,affinity}), and at the end the mean matrix as
 * {@code affinity.csv} (row = the task stepped on, column = the task whose loss was measured), the
 * {@link AffinityReport} for run.json and the affinity findings.
 */
public final class AffinityRecorder implements AffinityListener {
  private final Path dir;
  private final int every;
  private List<String> tasks;
  private AffinityMatrix matrix;
  private CSVPrinter steps;

  public AffinityRecorder(Path dir, int every) {
    this.dir = dir;
    this.every = every;
  }

  @Override
  public void onStart(RunInfo info) {
    tasks = info.taskNames();
    matrix = new AffinityMatrix(tasks.size());
    try {
      Files.createDirectories(dir);
      steps = printer(dir.resolve(RunFiles.AFFINITY_STEPS));
      steps.printRecord(RunFiles.AFFINITY_STEPS_HEADER);
      steps.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void onAffinity(long step, double[][] z) {
    matrix.add(z);
    try {
      for (int i = 0; i < tasks.size(); i++) {
        for (int j = 0; j < tasks.size(); j++) {
          steps.printRecord(step, tasks.get(i), tasks.get(j), CsvNumbers.format(z[i][j]));
        }
      }
      steps.flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void onFinish(RunOutcome outcome) {
    if (steps == null) {
      return;
    }
    try {
      steps.close(true);
      StringBuilder b = new StringBuilder(RunFiles.SOURCE);
      for (String t : tasks) {
        b.append(',').append(t);
      }
      b.append('\n');
      double[][] mean = matrix.mean();
      for (int i = 0; i < tasks.size(); i++) {
        b.append(tasks.get(i));
        for (int j = 0; j < tasks.size(); j++) {
          b.append(',').append(CsvNumbers.format(mean[i][j]));
        }
        b.append('\n');
      }
      AtomicFiles.writeString(dir.resolve(RunFiles.AFFINITY), b.toString());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The report for run.json (null before the run started). */
  public AffinityReport report() {
    return matrix == null ? null : AffinityReport.of(every, matrix.probes(), tasks, matrix.mean());
  }

  /** The affinity findings over the measurements so far. */
  public List<Finding> findings() {
    return matrix == null ? List.of() : AffinityFindings.of(tasks, matrix.mean(), matrix.probes(), FindingSettings.DEFAULTS);
  }

  private static CSVPrinter printer(Path file) throws IOException {
    return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
  }

  private UncheckedIOException failure(IOException e) {
    return new UncheckedIOException("cannot write the affinity files in " + dir + ": " + e.getMessage(), e);
  }
}
