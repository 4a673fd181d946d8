package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Eta eta = new Eta(study.tasks().size());
    long start = System.nanoTime();
    int failed = 0;
    listener.started(new StudyProgress(plan.runs().size(), done, 0, null, 0, Double.NaN));
    StudyResults results = summarise(ledger);
    boolean stopped = false;
    for (int i = 0; i < todo.size(); i++) {
      if (cancelled) {
        stopped = true;
        break;
      }
      PlannedRun p = todo.get(i);
      double elapsed = seconds(start);
      listener.runStarted(p, new StudyProgress(plan.runs().size(), done, failed, p, elapsed, eta.remaining(todo.subList(i, todo.size()))));
      RunRecord r = run(p);
      if (RunStatus.STOPPED.id().equals(r.status())) {
        ledger = ledger.with(r);
        ledger.write(dir.resolve(StudyDirectory.PROGRESS));
        stopped = true;
        break;
      }
      eta.add(p, r.wallSeconds());
      if (r.complete()) {
        done++;
      } else {
        failed++;
      }
      ledger = ledger.with(r);
      ledger.write(dir.resolve(StudyDirectory.PROGRESS));
      results = summarise(ledger);
      List<PlannedRun> rest = todo.subList(i + 1, todo.size());
      listener.runEnded(r, new StudyProgress(plan.runs().size(), done, failed, null, seconds(start), eta.remaining(rest)));
    }
    StudyOutcome outcome = new StudyOutcome(stopped, new StudyProgress(plan.runs().size(), done, failed, null, seconds(start), 0),
        results.problems(), results);
    listener.ended(outcome);
    return outcome;
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
