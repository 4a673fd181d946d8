package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.MeanStd;
import org.mtlworkbench.diagnostics.WelchTest;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.BaselineRef;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.RunManifestWriter;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.train.RunStatus;

/**
 * Computes {@link StudyResults} from a study directory: each planned run's state from its run
 * directory (or, for a run that failed before it had one, from the progress file), its final
 * metrics from its run.json; the comparisons through {@link TransferReports}, the groupings
 * through {@link AffinityReport#of}.
 */
public final class StudyResultsReader {
  private final PreparedStudy study;
  private final Path dir;
  private final Map<RunKey, RunRecord> state = new HashMap<>();
  private final Map<RunKey, RunManifest> manifests = new HashMap<>();

  private StudyResultsReader(PreparedStudy study, Path dir, StudyLedger ledger) {
    this.study = study;
    this.dir = dir;
    for (PlannedRun p : study.plan().runs()) {
      RunRecord r = StudyRuns.onDisk(dir, p).orElse(ledger == null ? null : ledger.record(p.key()));
      if (r != null) {
        state.put(p.key(), r);
      }
    }
  }

  /** The results of the study in {@code dir}, reading its files alone. */
  public static StudyResults read(Path dir) {
    return read(StudyDirectory.prepared(dir), dir, StudyLedger.read(dir.resolve(StudyDirectory.PROGRESS)));
  }

  public static StudyResults read(PreparedStudy study, Path dir, StudyLedger ledger) {
    return new StudyResultsReader(study, dir, ledger).results();
  }

  /**
   * Gives each finished multi-task run whose baselines have all finished its own comparison with
   * them (one seed) and its findings in its run.json, as {@code train --baselines} does; runs that
   * have one already are left as they are.
   */
  public static void attachSeedTransfers(PreparedStudy study, Path dir, StudyLedger ledger) {
    StudyResultsReader r = new StudyResultsReader(study, dir, ledger);
    for (PlannedRun p : study.plan().multiTaskRuns()) {
      RunRecord rec = r.state.get(p.key());
      if (rec == null || !rec.finished() || r.manifest(p.key()).transfer() != null) {
        continue;
      }
      List<Baseline> baselines = r.baselines(p.key().sharingMode(), p.key().seed());
      if (baselines.size() < study.tasks().size()) {
        continue;
      }
      RunManifest m = r.manifest(p.key());
      List<SeedResult> one = List.of(SeedResult.of(m));
      TransferReport own = TransferReports.build(study.tasks(), one, List.of(baselines), StudyResults.ALPHA);
      List<Finding> findings = new ArrayList<>(m.findings() == null ? List.of() : m.findings());
      findings.addAll(TransferReports.findings(study.tasks(), one, List.of(baselines), own));
      RunManifestWriter.rewrite(dir.resolve(p.dir()), m.withTransfer(own, findings));
    }
  }

  private StudyResults results() {
    Study s = study.study();
    List<TaskMetric> tasks = study.tasks();
    boolean several = s.sharings().size() > 1;
    String split = split();
    List<StudyResults.Group> groups = new ArrayList<>();
    for (Sharing sharing : s.sharings()) {
      for (String strategy : s.strategies()) {
        groups.add(group(strategy, sharing, several, split));
      }
    }
    groups = markBest(groups, tasks);
    List<StudyResults.Answer> answers = new ArrayList<>();
    for (int k = 0; k < tasks.size(); k++) {
      StudyResults.Answer a = answer(groups, tasks.get(k), k);
      if (a != null) {
        answers.add(a);
      }
    }
    List<String> problems = new ArrayList<>();
    int complete = 0;
    for (PlannedRun p : study.plan().runs()) {
      RunRecord r = state.get(p.key());
      if (r != null && r.complete()) {
        complete++;
      }
      if (r != null && !r.finished() && !RunStatus.STOPPED.id().equals(r.status())) {
        problems.add(p.key().label() + ": " + r.status() + ": " + r.message());
      }
    }
    return new StudyResults(s.name(), tasks, s.seeds(), s.sharings().stream().map(Sharing::id).toList(), s.baselines(), split,
        study.plan().runs().size(), complete, groups, answers, affinity(), problems);
  }

  private StudyResults.Group group(String strategy, Sharing sharing, boolean several, String split) {
    Study s = study.study();
    List<TaskMetric> tasks = study.tasks();
    String label = strategy + (several ? " · " + sharing.id() : "");
    List<SeedResult> finished = new ArrayList<>();
    List<RunRecord> tried = new ArrayList<>();
    List<Double> walls = new ArrayList<>();
    List<SeedResult> paired = new ArrayList<>();
    List<List<Baseline>> pairedBaselines = new ArrayList<>();
    String status = null;
    String message = null;
    int done = 0;
    for (long seed : s.seeds()) {
      RunKey key = RunKey.multiTask(strategy, sharing, seed);
      RunRecord r = state.get(key);
      List<Baseline> baselines = s.baselines() ? baselines(sharing, seed) : List.of();
      if (status == null && s.baselines()) {
        for (int k = 0; k < tasks.size(); k++) {
          RunRecord b = state.get(RunKey.baseline(tasks.get(k).task(), sharing, seed));
          if (b != null && !b.finished() && !RunStatus.STOPPED.id().equals(b.status())) {
            status = b.status();
            message = "baseline of '" + tasks.get(k).task() + "', seed " + seed + ": " + b.message();
            break;
          }
        }
      }
      if (r == null || RunStatus.STOPPED.id().equals(r.status())) {
        continue;
      }
      tried.add(r);
      if (!r.finished()) {
        if (status == null) {
          status = r.status();
          message = "seed " + seed + ": " + r.message();
        }
        continue;
      }
      done++;
      SeedResult result = SeedResult.of(manifest(key));
      finished.add(result);
      walls.add(r.wallSeconds());
      if (s.baselines() && baselines.size() == tasks.size()) {
        paired.add(result);
        pairedBaselines.add(baselines);
      }
    }
    boolean allBaselines = !s.baselines() || paired.size() == s.seeds().size();
    if (status == null) {
      status = done == s.seeds().size() && allBaselines ? RunStatus.FINISHED.id() : "pending";
      message = done + " of " + s.seeds().size() + " seeds done" + (allBaselines ? "" : ", " + paired.size() + " with all baselines");
    }
    TransferReport transfer = paired.isEmpty() ? null : TransferReports.build(tasks, paired, pairedBaselines, StudyResults.ALPHA);
    List<Finding> findings = transfer == null ? List.of() : TransferReports.findings(tasks, paired, pairedBaselines, transfer);
    List<StudyResults.TaskResult> results = new ArrayList<>();
    for (int k = 0; k < tasks.size(); k++) {
      TaskMetric t = tasks.get(k);
      double[] v = finished.stream().mapToDouble(f -> f.metric(split, t.task(), t.metric())).toArray();
      MeanStd m = MeanStd.of(v);
      TransferRow row = transfer == null ? null : transfer.splits().get(split).tasks().get(k);
      results.add(new StudyResults.TaskResult(t.task(), t.metric(), TransferRow.list(v), TransferRow.num(m.mean()),
          TransferRow.num(m.std()), row, false));
    }
    MeanStd wall = MeanStd.of(walls.stream().mapToDouble(Double::doubleValue).toArray());
    return new StudyResults.Group(strategy, sharing.id(), label, StudyPlan.group(strategy, sharing, several), status, message,
        tried, finished, results, transfer, findings, TransferRow.num(wall.mean()), TransferRow.num(wall.std()));
  }

  /** The finished baselines of every task for one sharing scheme and seed; shorter when one is missing. */
  private List<Baseline> baselines(Sharing sharing, long seed) {
    List<Baseline> out = new ArrayList<>();
    for (TaskMetric t : study.tasks()) {
      RunKey key = RunKey.baseline(t.task(), sharing, seed);
      RunRecord r = state.get(key);
      if (r == null || !r.finished()) {
        return out;
      }
      RunManifest m = manifest(key);
      String where = dir.resolve(study.plan().find(key).dir()).toAbsolutePath().normalize().toString();
      out.add(new Baseline(new BaselineRef(t.task(), seed, where, false), m.status(), m.message(), m.finalMetrics()));
    }
    return out;
  }

  /** Test when every finished multi-task run has every task's metric on it, else validation. */
  private String split() {
    boolean test = true;
    for (PlannedRun p : study.plan().multiTaskRuns()) {
      RunRecord r = state.get(p.key());
      if (r != null && r.finished()) {
        SeedResult s = SeedResult.of(manifest(p.key()));
        for (TaskMetric t : study.tasks()) {
          test &= Double.isFinite(s.metric(RunFiles.TEST, t.task(), t.metric()));
        }
      }
    }
    return test ? RunFiles.TEST : RunFiles.VALIDATION;
  }

  private static List<StudyResults.Group> markBest(List<StudyResults.Group> groups, List<TaskMetric> tasks) {
    int[] best = new int[tasks.size()];
    for (int k = 0; k < tasks.size(); k++) {
      best[k] = ranked(groups, tasks.get(k), k).stream().findFirst().map(groups::indexOf).orElse(-1);
    }
    List<StudyResults.Group> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      StudyResults.Group x = groups.get(g);
      List<StudyResults.TaskResult> ts = new ArrayList<>();
      for (int k = 0; k < x.tasks().size(); k++) {
        StudyResults.TaskResult t = x.tasks().get(k);
        ts.add(new StudyResults.TaskResult(t.task(), t.metric(), t.values(), t.mean(), t.std(), t.transfer(), best[k] == g));
      }
      out.add(new StudyResults.Group(x.strategy(), x.sharing(), x.label(), x.folder(), x.status(), x.message(), x.runs(),
          x.finished(), ts, x.transfer(), x.findings(), x.wallMean(), x.wallStd()));
    }
    return out;
  }

  /** Groups with a mean for task k, best first (ties keep plan order). */
  private static List<StudyResults.Group> ranked(List<StudyResults.Group> groups, TaskMetric task, int k) {
    Comparator<StudyResults.Group> byMean = Comparator.comparingDouble(g -> g.tasks().get(k).mean());
    return groups.stream().filter(g -> g.tasks().get(k).mean() != null)
        .sorted(task.higherIsBetter() ? byMean.reversed() : byMean).toList();
  }

  private static StudyResults.Answer answer(List<StudyResults.Group> groups, TaskMetric task, int k) {
    List<StudyResults.Group> r = ranked(groups, task, k);
    if (r.isEmpty()) {
      return null;
    }
    StudyResults.TaskResult best = r.get(0).tasks().get(k);
    if (r.size() == 1) {
      return new StudyResults.Answer(task.task(), task.metric(), task.higherIsBetter(), r.get(0).label(), best, null, null, null);
    }
    StudyResults.TaskResult next = r.get(1).tasks().get(k);
    double p = WelchTest.pValue(values(best), values(next));
    return new StudyResults.Answer(task.task(), task.metric(), task.higherIsBetter(), r.get(0).label(), best, r.get(1).label(), next,
        TransferRow.num(p));
  }

  private static double[] values(StudyResults.TaskResult t) {
    return t.values().stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
  }

  /** Per sharing scheme, the affinity of its finished runs pooled: each run's mean weighted by its measurements. */
  private List<StudyResults.SharingAffinity> affinity() {
    List<StudyResults.SharingAffinity> out = new ArrayList<>();
    List<String> names = study.tasks().stream().map(TaskMetric::task).toList();
    int n = names.size();
    for (Sharing sharing : study.study().sharings()) {
      double[][] sum = new double[n][n];
      double[][] weight = new double[n][n];
      int measurements = 0;
      int runs = 0;
      int every = 0;
      for (PlannedRun p : study.plan().multiTaskRuns()) {
        RunRecord r = state.get(p.key());
        if (!p.key().sharing().equals(sharing.id()) || r == null || !r.finished()) {
          continue;
        }
        AffinityReport a = manifest(p.key()).affinity();
        if (a == null || a.measurements() == 0) {
          continue;
        }
        double[][] m = a.values();
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (Double.isFinite(m[i][j])) {
              sum[i][j] += m[i][j] * a.measurements();
              weight[i][j] += a.measurements();
            }
          }
        }
        measurements += a.measurements();
        runs++;
        every = a.every();
      }
      if (runs == 0) {
        continue;
      }
      double[][] mean = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          mean[i][j] = weight[i][j] == 0 ? Double.NaN : sum[i][j] / weight[i][j];
        }
      }
      out.add(new StudyResults.SharingAffinity(sharing.id(), runs, AffinityReport.of(every, measurements, names, mean)));
    }
    return out;
  }

  private RunManifest manifest(RunKey key) {
    return manifests.computeIfAbsent(key, k -> {
      try {
        return RunReader.manifest(dir.resolve(study.plan().find(k).dir()));
      } catch (InputException e) {
        throw new InputException("study " + dir + ": " + e.getMessage(), e);
      }
    });
  }
}
