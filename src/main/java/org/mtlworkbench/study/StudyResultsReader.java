package org.mtlworkbench.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.MeanStd;
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
 * through {@link AffinityReport#of}; the ranking of the rows through {@link StudyRanking}.
 */
public final class StudyResultsReader {
  private final PreparedStudy study;
  private final Path dir;
  private final Map<RunKey, RunRecord> state = new HashMap<>();
  private final Map<RunKey, RunManifest> manifests = new HashMap<>();
  /** The plan, made once: the window reads the results after every run, and each lookup by key was a new plan and a scan. */
  private final StudyPlan plan;
  private final Map<RunKey, PlannedRun> planned = new HashMap<>();

  private StudyResultsReader(PreparedStudy study, Path dir, StudyLedger ledger) {
    this.study = study;
    this.dir = dir;
    this.plan = study.plan();
    for (PlannedRun p : plan.runs()) {
      planned.put(p.key(), p);
    }
    for (PlannedRun p : plan.runs()) {
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
    for (PlannedRun p : r.plan.multiTaskRuns()) {
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
        groups.add(group(strategy, sharing, null, several, split));
        if (s.grouped()) {
          groups.add(group(strategy, sharing, s.groups(), several, split));
        }
      }
    }
    groups = StudyRanking.markBest(groups, tasks);
    List<StudyResults.Answer> answers = new ArrayList<>();
    for (int k = 0; k < tasks.size(); k++) {
      StudyResults.Answer a = StudyRanking.answer(groups, tasks.get(k), k);
      if (a != null) {
        answers.add(a);
      }
    }
    List<String> problems = new ArrayList<>();
    int complete = 0;
    for (PlannedRun p : plan.runs()) {
      RunRecord r = state.get(p.key());
      if (r != null && r.complete()) {
        complete++;
      }
      if (r != null && !r.finished() && !RunStatus.STOPPED.id().equals(r.status())) {
        problems.add(p.key().label() + ": " + r.status() + ": " + r.message());
      }
    }
    return new StudyResults(s.name(), tasks, s.seeds(), s.sharings().stream().map(Sharing::id).toList(), s.baselines(), split,
        plan.runs().size(), complete, groups, answers, StudyRanking.groupedAnswers(groups, tasks), affinity(), problems);
  }

  /**
   * The row of one strategy under one sharing scheme: all tasks together ({@code grouping} null),
   * or each group of {@code grouping} its own model, a seed counting once every group's run of it
   * has finished.
   */
  private StudyResults.Group group(String strategy, Sharing sharing, List<List<String>> grouping, boolean several, String split) {
    Study s = study.study();
    List<TaskMetric> tasks = study.tasks();
    String label = strategy + (several ? " · " + sharing.id() : "") + (grouping == null ? "" : " · grouped " + TaskGroups.label(grouping));
    List<SeedResult> finished = new ArrayList<>();
    List<RunRecord> tried = new ArrayList<>();
    List<Double> walls = new ArrayList<>();
    List<SeedResult> paired = new ArrayList<>();
    List<List<Baseline>> pairedBaselines = new ArrayList<>();
    String status = null;
    String message = null;
    int done = 0;
    for (long seed : s.seeds()) {
      List<RunKey> keys = grouping == null ? List.of(RunKey.multiTask(strategy, sharing, seed)) : keys(strategy, sharing, seed, grouping);
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
      boolean whole = true;
      boolean failed = false;
      double wall = 0;
      for (RunKey key : keys) {
        RunRecord r = state.get(key);
        if (r == null || RunStatus.STOPPED.id().equals(r.status())) {
          whole = false;
          continue;
        }
        tried.add(r);
        wall += r.wallSeconds();
        if (!r.finished()) {
          failed = true;
          if (status == null) {
            status = r.status();
            message = (key.grouped() ? "group " + TaskGroups.joined(key.group()) + ", " : key.baseline() ? "'" + key.task() + "' alone, " : "")
                + "seed " + seed + ": " + r.message();
          }
        }
      }
      if (!whole || failed) {
        continue;
      }
      done++;
      SeedResult result = grouping == null ? SeedResult.of(manifest(keys.get(0)))
          : SeedResult.combined(seed, keys.stream().map(k -> SeedResult.of(manifest(k))).toList());
      finished.add(result);
      walls.add(wall);
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
    String folder = grouping == null ? StudyPlan.group(strategy, sharing, several) : StudyPlan.grouped(strategy, sharing, several);
    return new StudyResults.Group(strategy, sharing.id(), label, folder, status, message, tried, finished, results, transfer, findings,
        TransferRow.num(wall.mean()), TransferRow.num(wall.std()), grouping);
  }

  /** The runs of one seed of a grouping: each group's run, a group of one its task's baseline. */
  private static List<RunKey> keys(String strategy, Sharing sharing, long seed, List<List<String>> grouping) {
    return grouping.stream().map(g -> g.size() == 1 ? RunKey.baseline(g.get(0), sharing, seed) : RunKey.group(strategy, g, sharing, seed))
        .toList();
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
      String where = dir.resolve(planned.get(key).dir()).toAbsolutePath().normalize().toString();
      out.add(new Baseline(new BaselineRef(t.task(), seed, where, false), m.status(), m.message(), m.finalMetrics()));
    }
    return out;
  }

  /** Test when every finished multi-task run has every task's metric on it, else validation. */
  private String split() {
    boolean test = true;
    for (PlannedRun p : plan.multiTaskRuns()) {
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
      for (PlannedRun p : plan.multiTaskRuns()) {
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
        return RunReader.manifest(dir.resolve(planned.get(k).dir()));
      } catch (InputException e) {
        throw new InputException("study " + dir + ": " + e.getMessage(), e);
      }
    });
  }
}
