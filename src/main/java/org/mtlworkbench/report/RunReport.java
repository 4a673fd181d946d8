package org.mtlworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.diagnostics.FindingSettings;
import org.mtlworkbench.diagnostics.GradientSummary;
import org.mtlworkbench.diagnostics.GradientWindow;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.RunCharts;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * The report of one run, leading with the answer: what the run shows (the findings that claim
 * something, the comparison with single-task baselines, the key numbers, then what was looked for
 * and not found), then the curves (losses with baselines, gradient magnitudes, task weights) and
 * the conflict matrix, the final metrics, the configuration as an appendix in a reader's words,
 * and the command that reproduces the run.
 */
final class RunReport {
  /** Section ids, in order (the golden structure tests rely on them). */
  static final List<String> SECTIONS =
      List.of("answer", "loss", "gradients", "weights", "conflicts", "metrics", "configuration", "reproduce");

  private RunReport() {}

  static String render(StoredRun run) {
    RunManifest m = run.manifest();
    GradientWindow gradients = RunFindings.gradients(run);
    GradientSummary summary = GradientSummary.of(gradients, FindingSettings.DEFAULTS);
    List<Finding> found = RunFindings.of(run, gradients);
    ReportPage page = new ReportPage("Run report: " + m.name());
    Xhtml x = page.x();
    x.element("h1", m.name());
    x.element("p", "Status " + run.status().id() + " · " + run.progress().describe() + " · seed " + m.seed() + " · started "
        + m.startedAt(), "class", "meta");
    if (m.message() != null && !m.message().isBlank()) {
      x.element("p", m.message(), "class", "meta");
    }
    answer(page, m, found);
    ChartTheme theme = ChartTheme.LIGHT;
    page.section("loss", "Loss per task");
    page.chart(RunCharts.loss(run, theme), ReportPage.WIDTH, ReportPage.HEIGHT,
        "Training loss (solid), validation loss per epoch (points)"
            + (m.transfer() != null && !m.transfer().baselines().isEmpty() ? ", single-task baseline training loss (dotted, same colour)." : "."));
    page.endSection();
    page.section("gradients", "Gradient magnitudes");
    page.chart(RunCharts.gradientNorms(run, theme), ReportPage.WIDTH, ReportPage.HEIGHT,
        "Norm of each task's loss gradient with respect to the shared parameters.");
    page.endSection();
    page.section("weights", "Task weights");
    page.chart(RunCharts.taskWeights(run, theme), ReportPage.WIDTH, ReportPage.HEIGHT,
        "The weight the strategy '" + strategyName(m) + "' gave each task's loss.");
    page.endSection();
    page.section("conflicts", "Gradient conflict");
    int k = run.metrics().tasks().size();
    int side = Math.min(ReportPage.WIDTH, 260 + 70 * k);
    page.chart(RunCharts.conflictMatrix(summary, theme), side, Math.min(side - 60, 560),
        "The cosine of two tasks' true gradients on the shared parameters (free of the shared batch's noise) over the run's"
            + " recent window, with the half-width of its interval; on the diagonal each task's noise floor and how often the"
            + " update raised its loss on the step's batch. " + summary.conflictCaption() + ".");
    page.endSection();
    metrics(page, m);
    RunConfiguration.write(page, m);
    page.section("reproduce", "Reproduce this run");
    x.element("pre", m.command() == null ? "(not recorded)" : m.command());
    page.endSection();
    return page.finish();
  }

  private static String strategyName(RunManifest m) {
    return m.experiment() == null ? "?" : m.experiment().strategy().name();
  }

  /** The model's settings without those of the sharing schemes not in use ({@link ModelSpec#SCHEME_SETTINGS}). */
  static Map<String, String> modelSettings(ExperimentSpec spec) {
    Map<String, String> all = SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.model()));
    Sharing sharing = spec.model().sharingMode();
    all.keySet().removeIf(k -> ModelSpec.SCHEME_SETTINGS.entrySet().stream()
        .anyMatch(u -> k.startsWith(u.getKey() + ".") && sharing != u.getValue()));
    return all;
  }

  private static void metrics(ReportPage page, RunManifest m) {
    Xhtml x = page.x();
    page.section("metrics", "Final metrics");
    var finals = m.finalMetrics() == null ? Map.<String, Map<String, Map<String, Double>>>of() : m.finalMetrics();
    if (finals.isEmpty()) {
      x.element("p", "The run recorded no final evaluation.");
    }
    for (var split : finals.entrySet()) {
      x.element("h3", split.getKey() + " split");
      List<String> names = new ArrayList<>();
      split.getValue().values().forEach(v -> v.keySet().forEach(n -> {
        if (!names.contains(n)) {
          names.add(n);
        }
      }));
      List<String> header = new ArrayList<>(List.of("task"));
      header.addAll(names);
      List<List<String>> rows = new ArrayList<>();
      split.getValue().forEach((task, values) -> {
        List<String> row = new ArrayList<>(List.of(task));
        for (String n : names) {
          Double v = values.get(n);
          row.add(Numbers.number(v));
        }
        rows.add(row);
      });
      x.table(header, rows, "class", "metrics");
    }
    page.endSection();
  }

  /** What the run shows: the claims, the comparison with baselines, the key numbers, then what was not found. */
  private static void answer(ReportPage page, RunManifest m, List<Finding> findings) {
    Xhtml x = page.x();
    page.section("answer", "What this run shows");
    List<Finding> said = findings.stream().filter(f -> !f.lookedForNotFound() && !f.kind().equals(Finding.GRADIENT_NOTE)).toList();
    List<Finding> claims = said.stream().filter(Finding::makesClaim).toList();
    if (claims.isEmpty()) {
      x.element("p", "Nothing stands out beyond noise: no task dominates, no pair of tasks conflicts and no task is pushed back"
          + " (the numbers are below).");
    }
    if (!said.isEmpty()) {
      list(x, said, "findings");
    }
    transfer(x, m.transfer());
    keyNumbers(x, m);
    List<Finding> notFound = findings.stream().filter(Finding::lookedForNotFound).toList();
    List<Finding> notes = findings.stream().filter(f -> f.kind().equals(Finding.GRADIENT_NOTE)).toList();
    if (!notFound.isEmpty()) {
      x.element("h3", "Looked for, not found");
      list(x, notFound, "not-found");
    }
    if (!notes.isEmpty()) {
      x.element("h3", "Not assessed");
      list(x, notes, "notes");
    }
    page.endSection();
  }

  private static void list(Xhtml x, List<Finding> findings, String cssClass) {
    x.open("ul", "class", cssClass);
    for (Finding f : findings) {
      x.element("li", f.sentence());
    }
    x.close("ul");
  }

  /** The comparison with single-task baselines, or that there was none. */
  private static void transfer(Xhtml x, TransferReport t) {
    if (t == null || t.verdictTable() == null) {
      x.element("p", "This run was not compared with single-task baselines (train --baselines).", "class", "meta");
      return;
    }
    TransferTable table = t.verdictTable();
    x.element("h3", "Against single-task baselines (" + t.verdictSplit() + " split, " + t.seeds().size() + " seed"
        + (t.seeds().size() == 1 ? "" : "s") + ", " + t.test() + ", α = " + t.alpha() + ")");
    List<List<String>> rows = new ArrayList<>();
    for (TransferRow r : table.tasks()) {
      rows.add(List.of(r.task(), r.metric(), Numbers.meanStd(r.mtlMean(), r.mtlStd()), Numbers.meanStd(r.stlMean(), r.stlStd()),
          Numbers.percentMeanStd(r.deltaMean(), r.deltaStd()), Numbers.significant(r.pValue(), 2),
          r.verdict() == null ? Numbers.MISSING : r.verdict().label()));
    }
    x.table(List.of("task", "metric", "multi-task", "single-task baseline", "Δ", "p", "verdict"), rows, "class", "transfer");
    x.element("p", "Δm (mean of Δ over tasks, positive = multi-task better): "
        + Numbers.percentMeanStd(table.deltaMMean(), table.deltaMStd()));
  }

  /** Each task's own metric on the test split (validation when there is none). */
  private static void keyNumbers(Xhtml x, RunManifest m) {
    var finals = m.finalMetrics();
    if (finals == null || finals.isEmpty() || m.experiment() == null) {
      return;
    }
    String split = finals.containsKey(RunFiles.TEST) ? RunFiles.TEST : finals.keySet().iterator().next();
    List<List<String>> rows = new ArrayList<>();
    finals.get(split).forEach((task, values) -> {
      String metric = metricOf(m, task, values);
      Double v = values.get(metric);
      rows.add(List.of(task, metric, Numbers.number(v), Numbers.number(values.get(RunFiles.LOSS))));
    });
    x.element("h3", "Key numbers (" + split + " split)");
    x.table(List.of("task", "metric", "value", "loss"), rows, "class", "key-numbers");
  }

  /** The task's own metric: the one its spec names, else the first metric recorded besides the loss. */
  private static String metricOf(RunManifest m, String task, Map<String, Double> values) {
    for (TaskSpec t : m.experiment().tasks()) {
      if (task.equals(t.name() == null ? t.target() : t.name()) && t.metric() != null) {
        return t.metric();
      }
    }
    return values.keySet().stream().filter(k -> !k.equals(RunFiles.LOSS)).findFirst().orElse(RunFiles.LOSS);
  }

}
