package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtlworkbench.run.JobRunner;
import org.mtlworkbench.train.RunStatus;

/**
 * Runs a study in this process, one planned run after another ({@link StudyRuns#run}), and keeps
 * its directory current as it goes: after every run the progress file ({@link StudyLedger}), each
 * run's comparison with its baselines, summary.csv, summary.md and every strategy's summary.json
 * are rewritten atomically. Started again on the same directory it resumes: runs already complete
 * are skipped. A run that fails (bad data, divergence) is recorded with its reason and the study
 * goes on; a run that ends stopped (Ctrl+C, {@link #cancel}) ends the study, keeping every run
 * completed before it.
 *
 * <p>The runner knows nothing of who follows it: the command line, the window and a cluster
 * driver each pass a {@link StudyListener}.
 */
public final class StudyRunner {
  private final PreparedStudy study;
  private final Path dir;
  private final JobRunner runner;
  private final StudyListener listener;
  private volatile boolean cancelled;
  private BaselineReuse reuse;
  private ParallelRuns parallel;

  /**
   * @param study the study, prepared ({@link PreparedStudy#of}: its data checked)
   * @param dir the study directory (new, empty, or holding this very study)
   * @param runner how to run each training job (the command line's follows Ctrl+C; the window's can
   *     pause)
   * @param listener follows progress
   */
  public StudyRunner(PreparedStudy study, Path dir, JobRunner runner, StudyListener listener) {
    this.study = study;
    this.dir = dir;
    this.runner = runner;
    this.listener = listener;
  }

  /**
   * Runs the runs all at once through {@code p} (a cluster) instead of one after another on this
   * thread; returns this runner.
   */
  public StudyRunner runningIn(ParallelRuns p) {
    this.parallel = p;
    return this;
  }

  /** Shares baselines with a cache outside the study ({@link BaselineReuse}); returns this runner. */
  public StudyRunner reusingBaselines(BaselineReuse r) {
    this.reuse = r;
    return this;
  }

  /**
   * Asks the study to end after the current run, from any thread. The current training goes on
   * unless the job runner stops it (the window's stops it; the command line's Ctrl+C does).
   */
  public void cancel() {
    cancelled = true;
    if (parallel != null) {
      parallel.cancel();
    }
  }

  /**
   * Runs every planned run that is not complete yet.
   *
   * @throws org.mtlworkbench.common.InputException when the directory holds another study or
   *     anything but a study ({@link StudyDirectory#open})
   */
  public StudyOutcome run() {
    StudyLedger ledger = StudyDirectory.open(dir, study);
    StudyPlan plan = study.plan();
    List<PlannedRun> todo = new ArrayList<>();
    int done = 0;
    for (PlannedRun p : plan.runs()) {
      var onDisk = StudyRuns.onDisk(dir, p);
      if (onDisk.isPresent() && onDisk.get().complete()) {
        done++;
        if (ledger.record(p.key()) == null) {
          ledger = ledger.with(onDisk.get()); // completed by a process killed before it could say so
        }
      } else {
        todo.add(p);
      }
    }
    ledger.write(dir.resolve(StudyDirectory.PROGRESS));
    listener.started(new StudyProgress(plan.runs().size(), done, 0, null, 0, Double.NaN));
    Tally tally = new Tally(plan.runs().size(), done, ledger, summarise(ledger), parallel == null ? 1 : parallel.parallelism());
    if (parallel == null) {
      runHere(todo, tally);
    } else {
      runInParallel(todo, tally);
    }
    StudyOutcome outcome = new StudyOutcome(tally.stopped, tally.progress(null, List.of()), tally.results.problems(), tally.results);
    listener.ended(outcome);
    return outcome;
  }

  /** One run after another on this thread; a stopped run ends the study. */
  private void runHere(List<PlannedRun> todo, Tally tally) {
    for (int i = 0; i < todo.size(); i++) {
      if (cancelled) {
        tally.stopped = true;
        return;
      }
      PlannedRun p = todo.get(i);
      listener.runStarted(p, tally.progress(p, todo.subList(i, todo.size())));
      RunRecord r = run(p);
      if (RunStatus.STOPPED.id().equals(r.status())) {
        tally.stopped(r);
        return;
      }
      tally.ended(p, r, todo.subList(i + 1, todo.size()));
    }
  }

  /** Every run at once ({@link ParallelRuns}); baselines found in the shared cache are not sent. */
  private void runInParallel(List<PlannedRun> todo, Tally tally) {
    List<PlannedRun> left = new ArrayList<>(todo);
    List<PlannedRun> send = new ArrayList<>();
    for (PlannedRun p : todo) {
      var cached = reuse != null && p.key().baseline() ? reuse.fetch(study, p, dir) : Optional.<RunRecord>empty();
      if (cached.isPresent()) {
        left.remove(p);
        tally.ended(p, cached.get(), left);
      } else {
        send.add(p);
      }
    }
    if (send.isEmpty() || cancelled) {
      tally.stopped = cancelled && !send.isEmpty();
      return;
    }
    StudyPlan plan = study.plan();
    parallel.run(study, send, dir, r -> {
      PlannedRun p = plan.find(r.key());
      left.remove(p);
      if (RunStatus.STOPPED.id().equals(r.status())) {
        tally.stopped(r);
        return;
      }
      if (reuse != null && p.key().baseline() && r.finished()) {
        reuse.store(study, p, dir);
      }
      tally.ended(p, r, left);
    });
    tally.stopped |= cancelled;
  }

  private RunRecord run(PlannedRun p) {
    if (reuse != null && p.key().baseline()) {
      var cached = reuse.fetch(study, p, dir);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    RunRecord r = StudyRuns.run(study, p.key(), dir, runner, listener.trainingListeners(p));
    if (reuse != null && p.key().baseline() && r.finished()) {
      reuse.store(study, p, dir);
    }
    return r;
  }

  /** Brings every file derived from the runs up to date and returns the results. */
  private StudyResults summarise(StudyLedger ledger) {
    if (study.study().baselines()) {
      StudyResultsReader.attachSeedTransfers(study, dir, ledger);
    }
    StudyResults results = StudyResultsReader.read(study, dir, ledger);
    SweepSummaryWriter.write(dir, results);
    for (StudyResults.Group g : results.groups()) {
      if (!g.runs().isEmpty()) {
        StudySummary.of(results, g, dir).write(dir.resolve(g.folder()).resolve(StudySummary.FILE));
      }
    }
    return results;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Where this session stands: the ledger, the counts and the results, updated as each run ends. */
  private final class Tally {
    private final int total;
    private final int parallelism;
    private final long start = System.nanoTime();
    private final Eta eta = new Eta(study.tasks().size());
    private StudyLedger ledger;
    private StudyResults results;
    private int done;
    private int failed;
    private boolean stopped;

    Tally(int total, int done, StudyLedger ledger, StudyResults results, int parallelism) {
      this.total = total;
      this.done = done;
      this.ledger = ledger;
      this.results = results;
      this.parallelism = Math.max(1, parallelism);
    }

    StudyProgress progress(PlannedRun current, List<PlannedRun> left) {
      return new StudyProgress(total, done, failed, current, seconds(start), left.isEmpty() ? 0 : eta.remaining(left) / parallelism);
    }

    /** A run ended (finished, diverged, failed): record it, rewrite the summaries, tell the listener. */
    void ended(PlannedRun p, RunRecord r, List<PlannedRun> left) {
      eta.add(p, r.wallSeconds());
      if (r.complete()) {
        done++;
      } else {
        failed++;
      }
      ledger = ledger.with(r);
      ledger.write(dir.resolve(StudyDirectory.PROGRESS));
      results = summarise(ledger);
      listener.runEnded(r, progress(null, left), results);
    }

    /** A run was stopped: the study ends, keeping what is complete. */
    void stopped(RunRecord r) {
      ledger = ledger.with(r);
      ledger.write(dir.resolve(StudyDirectory.PROGRESS));
      stopped = true;
    }
  }

  /**
   * The time left, from the runs of this session: the mean wall time of each kind of run
   * (baselines train one task, so they are quicker) times how many of that kind are left. Until
   * a kind has a run, it is estimated from the other: a multi-task run as K baselines.
   */
  static final class Eta {
    private final int tasks;
    private double baselineSum;
    private int baselines;
    private double multiTaskSum;
    private int multiTask;

    Eta(int tasks) {
      this.tasks = Math.max(1, tasks);
    }

    void add(PlannedRun p, double wallSeconds) {
      if (p.key().baseline()) {
        baselineSum += wallSeconds;
        baselines++;
      } else {
        multiTaskSum += wallSeconds;
        multiTask++;
      }
    }

    double remaining(List<PlannedRun> left) {
      if (baselines == 0 && multiTask == 0) {
        return Double.NaN;
      }
      double b = baselines > 0 ? baselineSum / baselines : multiTaskSum / multiTask / tasks;
      double m = multiTask > 0 ? multiTaskSum / multiTask : b * tasks;
      double total = 0;
      for (PlannedRun p : left) {
        total += p.key().baseline() ? b : m;
      }
      return total;
    }
  }
}
