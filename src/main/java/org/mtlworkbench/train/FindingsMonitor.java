package org.mtlworkbench.train;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;

/**
 * Keeps a run's gradient findings current while it goes: it records the run into its own {@link
 * MetricsLog} and recomputes the findings every {@code recomputeEvery} steps — off the training
 * thread, at most one computation at a time and at most once per {@code minInterval} — and once
 * more, completely, when the run ends. A computation reads the whole run (harm and conflict scan
 * every window), so its cost grows with the run; the interval keeps the total bounded. {@link
 * #current()} may be read from any thread; a display reads it instead of computing findings itself.
 */
public final class FindingsMonitor implements TrainingListener {
  private static final long DEFAULT_INTERVAL_NANOS = 2_000_000_000L;
  private final FindingSettings settings;
  private final Executor executor;
  private final long minIntervalNanos;
  private ExecutorService own;
  private volatile MetricsLog log;
  private volatile List<Finding> current = List.of();
  private Future<?> pending;
  private long lastStart = Long.MIN_VALUE;

  /** Recomputes on a background thread of its own, at most every two seconds. */
  public FindingsMonitor(FindingSettings settings) {
    this(settings, null, DEFAULT_INTERVAL_NANOS);
  }

  /**
   * @param executor where to recompute during the run (null: a daemon thread of the monitor's own)
   * @param minIntervalNanos the least time between two recomputations during the run
   */
  public FindingsMonitor(FindingSettings settings, Executor executor, long minIntervalNanos) {
    this.settings = settings;
    this.executor = executor;
    this.minIntervalNanos = minIntervalNanos;
  }

  @Override
  public void onStart(RunInfo info) {
    log = MetricsLog.forRun(info);
    log.publishFindings(List.of()); // a display waits for this monitor instead of computing its own
  }

  @Override
  public void onStep(StepRecord record) {
    log.onStep(record);
    if ((record.step() + 1) % settings.recomputeEvery() == 0 && (pending == null || pending.isDone())) {
      long now = System.nanoTime();
      if (lastStart == Long.MIN_VALUE || now - lastStart >= minIntervalNanos) {
        lastStart = now;
        MetricsLog l = log;
        FutureTask<Void> task = new FutureTask<>(() -> current = compute(l), null);
        pending = task;
        executor().execute(task);
      }
    }
  }

  @Override
  public void onEpoch(EpochRecord record) {
    log.onEpoch(record);
  }

  @Override
  public void onFinish(RunOutcome outcome) {
    try {
      if (pending != null) {
        pending.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the final computation below reports the same failure, if it persists
    } finally {
      if (own != null) {
        own.shutdown();
        own = null;
      }
    }
    if (log != null) {
      current = compute(log);
    }
  }

  /** The findings as last computed (empty before the first recomputation). */
  public List<Finding> current() {
    return current;
  }

  /** The log this monitor records into (null before the run starts). */
  public MetricsLog log() {
    return log;
  }

  private List<Finding> compute(MetricsLog l) {
    List<Finding> found = List.copyOf(LogFindings.gradients(l, settings));
    l.publishFindings(found);
    return found;
  }

  private Executor executor() {
    if (executor != null) {
      return executor;
    }
    if (own == null) {
      own = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "findings");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
      });
    }
    return own;
  }
}
