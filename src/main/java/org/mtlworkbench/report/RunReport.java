package org.mtlworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.RunCharts;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * The report of one run, section by section: the experiment, the curves (losses with baselines,
 * gradient magnitudes, task weights), the conflict matrix, the metrics with baselines and Δ, the
 * findings, and the command that reproduces the run.
 */
final class RunReport {
  /** Section ids, in order (the golden structure tests rely on them). */
  static final List<String> SECTIONS =
      List.of("experiment", "loss", "gradients", "weights", "conflicts", "metrics", "findings", "reproduce");

  private RunReport() {}

  static String render(StoredRun run) {
    RunManifest m = run.manifest();
    ReportPage page = new ReportPage("Run report: " + m.name());
    Xhtml x = page.x();
    x.element("h1", m.name());
    x.element("p", "Status " + run.status().id() + " · " + run.progress().describe() + " · seed " + m.seed() + " · started "
        + m.startedAt(), "class", "meta");
    if (m.message() != null && !m.message().isBlank()) {
      x.element("p", m.message(), "class", "meta");
    }
    experiment(page, m);
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
    page.chart(RunCharts.conflictMatrix(run, theme), side, Math.min(side - 60, 560),
        "Mean cosine between two tasks' gradients on the shared parameters over all measured steps, and the share of steps"
            + " in which they pointed apart (cosine < 0).");
    page.endSection();
    metrics(page, m);
    findings(page, m.findings());
    page.section("reproduce", "Reproduce this run");
    x.element("pre", m.command() == null ? "(not recorded)" : m.command());
    page.endSection();
    return page.finish();
  }

  private static String strategyName(RunManifest m) {
    return m.experiment() == null ? "?" : m.experiment().strategy().name();
  }

  private static void experiment(ReportPage page, RunManifest m) {
    Xhtml x = page.x();
    page.section("experiment", "Experiment");
    ExperimentSpec spec = m.experiment();
    x.element("h3", "Data");
    settings(x, m.data() == null ? Map.of() : SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(m.data())));
    if (spec != null) {
      settings(x, prefixed("data.", SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.data()))));
      x.element("h3", "Tasks");
      List<List<String>> rows = new ArrayList<>();
      for (TaskSpec t : spec.tasks()) {
        rows.add(List.of(str(t.name()), str(t.target()), str(t.type()), str(t.loss()), str(t.metric()), str(t.labelBudget())));
      }
      x.table(List.of("task", "target", "type", "loss", "metric", "label budget"), rows);
      x.element("h3", "Architecture and sharing");
      settings(x, modelSettings(spec));
      if (m.sharedLayers() != null) {
        x.element("p", "Shared layers: " + (m.sharedLayers().isEmpty() ? "none" : String.join(", ", m.sharedLayers())));
      }
      x.element("h3", "Balancing strategy");
      settings(x, SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.strategy())));
      x.element("h3", "Optimiser");
      settings(x, SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.optimizer())));
      x.element("h3", "Training");
      settings(x, SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.training())));
    }
    x.element("h3", "Versions");
    settings(x, m.versions() == null ? Map.of() : m.versions());
    page.endSection();
  }

  /** The model's settings without those of the sharing schemes not in use (soft.*, crossStitch.*, mmoe.*). */
  static Map<String, String> modelSettings(ExperimentSpec spec) {
    Map<String, String> all = SpecDiff.flatten(ExperimentFiles.mapper().valueToTree(spec.model()));
    Sharing sharing = spec.model().sharingMode();
    Map<String, Sharing> unused = Map.of("soft.", Sharing.SOFT, "crossStitch.", Sharing.CROSS_STITCH, "mmoe.", Sharing.MMOE);
    all.keySet().removeIf(k -> unused.entrySet().stream().anyMatch(u -> k.startsWith(u.getKey()) && sharing != u.getValue()));
    return all;
  }

  private static Map<String, String> prefixed(String prefix, Map<String, String> m) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(prefix + k, v));
    return out;
  }

  private static void settings(Xhtml x, Map<String, String> values) {
    if (values.isEmpty()) {
      x.element("p", "(none recorded)");
      return;
    }
    // two settings side by side per row: half the length on paper
    List<Map.Entry<String, String>> all = List.copyOf(values.entrySet());
    int half = (all.size() + 1) / 2;
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < half; i++) {
      List<String> row = new ArrayList<>(List.of(all.get(i).getKey(), all.get(i).getValue()));
      if (half + i < all.size()) {
        row.addAll(List.of(all.get(half + i).getKey(), all.get(half + i).getValue()));
      } else {
        row.addAll(List.of("", ""));
      }
      rows.add(row);
    }
    x.table(List.of("setting", "value", "setting", "value"), rows, "class", "settings");
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
    TransferReport t = m.transfer();
    if (t != null && t.verdictTable() != null) {
      TransferTable table = t.verdictTable();
      x.element("h3", "Against single-task baselines (" + t.verdictSplit() + " split, " + t.seeds().size() + " seed"
          + (t.seeds().size() == 1 ? "" : "s") + ", " + t.test() + ", α = " + t.alpha() + ")");
      List<List<String>> rows = new ArrayList<>();
      for (TransferRow r : table.tasks()) {
        rows.add(List.of(r.task(), r.metric(), Numbers.meanStd(r.mtlMean(), r.mtlStd()), Numbers.meanStd(r.stlMean(), r.stlStd()),
            Numbers.percentMeanStd(r.deltaMean(), r.deltaStd()), Numbers.significant(r.pValue(), 2),
            r.verdict() == null ? "–" : r.verdict().label()));
      }
      x.table(List.of("task", "metric", "multi-task", "single-task baseline", "Δ", "p", "verdict"), rows, "class", "transfer");
      x.element("p", "Δm (mean of Δ over tasks, positive = multi-task better): " + Numbers.percentMeanStd(table.deltaMMean(), table.deltaMStd()));
    } else {
      x.element("p", "This run was not compared with single-task baselines (train --baselines).");
    }
    page.endSection();
  }

  private static void findings(ReportPage page, List<Finding> findings) {
    Xhtml x = page.x();
    page.section("findings", "Findings");
    if (findings == null || findings.isEmpty()) {
      x.element("p", "No findings were recorded.");
    } else {
      x.open("ul", "class", "findings");
      for (Finding f : findings) {
        x.element("li", f.sentence());
      }
      x.close("ul");
    }
    page.endSection();
  }

  private static String str(Object o) {
    return o == null ? "–" : o.toString();
  }
}
