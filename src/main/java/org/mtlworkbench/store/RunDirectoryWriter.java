package org.mtlworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtlworkbench.train.EpochRecord;
import org.mtlworkbench.train.RunInfo;
import org.mtlworkbench.train.RunOutcome;
import org.mtlworkbench.train.StepRecord;
import org.mtlworkbench.train.TaskEvaluation;
import org.mtlworkbench.train.TrainingListener;

/**
 * Writes a run directory as the run goes: {@code metrics.csv} (long format, one row per step per
 * task, plus validation and test rows), {@code conflicts.csv} (one row per step per task pair)
 * and {@code run.json} (via {@link RunManifestWriter}).
 *
 * <p>Rows are appended and flushed at least once a second (by a timer, so also when steps are
 * slow), so a run killed at any moment leaves readable files; a half-written last line is the
 * only possible damage. For the run's whole life the writer holds {@link RunLock} on the folder,
 * so that a reader can tell a live run from one whose process died (both say "running" in
 * run.json).
 */
public final class RunDirectoryWriter implements TrainingListener, AutoCloseable {
  private static final List<String> METRIC_NAMES = RunFiles.METRICS_WITH_COLUMNS;
  private static final long FLUSH_MILLIS = 1000;
  private final Path dir;
  private final RunManifestWriter manifest;
  private CSVPrinter metrics;
  private CSVPrinter conflicts;
  private List<String> tasks;
  private int layers;
  private RunLock lock;
  private ScheduledExecutorService flusher;
  private IOException flushFailure;

  public RunDirectoryWriter(Path dir, RunManifestWriter manifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  @Override
  public synchronized void onStart(RunInfo info) {
    tasks = info.taskNames();
    layers = info.sharedLayers().size();
    try {
      Files.createDirectories(dir);
      lock = RunLock.acquire(dir);
      metrics = printer(dir.resolve(RunFiles.METRICS));
      metrics.printRecord(RunFiles.metricsHeader(info.sharedLayers()));
      conflicts = printer(dir.resolve(RunFiles.CONFLICTS));
      conflicts.printRecord(RunFiles.CONFLICTS_HEADER);
      flush();
    } catch (IOException e) {
      throw failure(e);
    }
    manifest.started(info);
    flusher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "run-files-flush");
      t.setDaemon(true);
      return t;
    });
    flusher.scheduleWithFixedDelay(this::timedFlush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void onStep(StepRecord r) {
    try {
      rethrowFlushFailure();
      var g = r.gradients();
      List<String> row = new ArrayList<>();
      for (int k = 0; k < tasks.size(); k++) {
        row.clear();
        row.add(Long.toString(r.step()));
        row.add(Integer.toString(r.epoch()));
        row.add(tasks.get(k));
        row.add(RunFiles.TRAIN);
        row.add(CsvNumbers.format(r.losses()[k]));
        row.add(CsvNumbers.format(r.weights()[k]));
        row.add(g == null ? "" : CsvNumbers.format(g.norms()[k]));
        row.add(CsvNumbers.format(r.lossRatios()[k]));
        row.add(CsvNumbers.format(r.learningRate()));
        for (int l = 0; l < layers; l++) {
          row.add(g == null ? "" : CsvNumbers.format(g.layerNorms()[k][l]));
        }
        for (int m = 0; m < METRIC_NAMES.size(); m++) {
          row.add("");
        }
        row.add(g == null ? "" : CsvNumbers.format(g.selfAgreement(k)));
        row.add(g == null ? "" : CsvNumbers.format(g.updateCosines()[k]));
        metrics.printRecord(row);
      }
      if (g != null) {
        for (int i = 0; i < tasks.size(); i++) {
          for (int j = i + 1; j < tasks.size(); j++) {
            conflicts.printRecord(r.step(), tasks.get(i), tasks.get(j), CsvNumbers.format(g.cosines()[i][j]),
                CsvNumbers.format(g.laggedCosines()[i][j]));
          }
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public synchronized void onEpoch(EpochRecord r) {
    try {
      List<String> row = new ArrayList<>();
      for (int k = 0; k < tasks.size(); k++) {
        TaskEvaluation ev = r.tasks().get(k);
        row.clear();
        row.addAll(List.of(Long.toString(r.step()), Integer.toString(r.epoch()), tasks.get(k), r.split()));
        row.add(CsvNumbers.format(ev.loss()));
        // the training columns after the loss and the layer norms are empty on evaluation rows
        for (int c = 1; c < RunFiles.TRAINING_COLUMNS.size() + layers; c++) {
          row.add("");
        }
        for (String m : METRIC_NAMES) {
          Double v = ev.metrics().get(m);
          row.add(v == null ? "" : CsvNumbers.format(v));
        }
        for (int c = 0; c < RunFiles.LAGGED_COLUMNS.size(); c++) {
          row.add("");
        }
        metrics.printRecord(row);
      }
      flush();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void onFinish(RunOutcome outcome) {
    stopFlusher();
    try {
      synchronized (this) {
        try {
          closePrinters();
        } catch (IOException e) {
          throw failure(e);
        }
        manifest.finished(outcome);
      }
    } finally {
      close();
    }
  }

  /**
   * Stops the flush timer, closes the files and releases the run's lock (idempotent). Called by
   * {@link #onFinish}; callers also call it when a run ends without reaching onFinish, so a failed
   * run does not look alive for the rest of the process's life (it then reads as crashed).
   */
  @Override
  public void close() {
    stopFlusher();
    synchronized (this) {
      try {
        closePrinters();
      } catch (IOException e) {
        // the rows already flushed stay readable; the lock must go regardless
      } finally {
        if (lock != null) {
          lock.close();
          lock = null;
        }
      }
    }
  }

  private void closePrinters() throws IOException {
    if (metrics != null) {
      CSVPrinter m = metrics;
      CSVPrinter c = conflicts;
      metrics = null;
      conflicts = null;
      try {
        m.close(true);
      } finally {
        c.close(true);
      }
    }
  }

  private void stopFlusher() {
    ScheduledExecutorService f;
    synchronized (this) {
      f = flusher;
      flusher = null;
    }
    if (f != null) {
      f.shutdownNow();
      try {
        f.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized void timedFlush() {
    if (flushFailure != null || metrics == null) {
      return;
    }
    try {
      flush();
    } catch (IOException e) {
      flushFailure = e;
    }
  }

  private void rethrowFlushFailure() throws IOException {
    if (flushFailure != null) {
      throw flushFailure;
    }
  }

  private static CSVPrinter printer(Path file) throws IOException {
    return new CSVPrinter(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
  }

  private UncheckedIOException failure(IOException e) {
    return new UncheckedIOException("cannot write run directory " + dir + ": " + e.getMessage(), e);
  }

  private void flush() throws IOException {
    metrics.flush();
    conflicts.flush();
  }
}
