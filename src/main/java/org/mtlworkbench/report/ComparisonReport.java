package org.mtlworkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.series.MetricDirection;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.StoredRun;

/**
 * The report of several runs, leading with the answer: for each task the run that did best, and
 * what each run's findings claim; then a summary table, the settings that differ (in a reader's
 * words), every task's curves overlaid, runs that differ only by seed as mean ± std bands, the
 * Pareto chart of the first two tasks, and the commands that reproduce each run.
 */
final class ComparisonReport {
  static final List<String> SECTIONS = List.of("answer", "runs", "differences", "curves", "seed-bands", "pareto", "reproduce");

  private ComparisonReport() {}

  static String render(List<StoredRun> runs) {
    ReportPage page = new ReportPage("Comparison of " + runs.size() + " runs");
    Xhtml x = page.x();
    x.element("h1", "Comparison of " + runs.size() + " runs");
    List<String> labels = ComparisonCharts.labels(runs);
    List<String> tasks = tasks(runs);
    ChartTheme theme = ChartTheme.LIGHT;

    answer(page, runs, labels, tasks);

    page.section("runs", "Runs");
    List<String> header = new ArrayList<>(List.of("run", "experiment", "status", "seed", "steps", "split"));
    for (String t : tasks) {
      header.add(t + " " + FinalMetrics.taskMetric(runs.get(0).manifest(), t));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunManifest m = runs.get(i).manifest();
      String split = FinalMetrics.split(m);
      List<String> row = new ArrayList<>(List.of(labels.get(i), m.name(), runs.get(i).status().id(), Long.toString(m.seed()),
          Long.toString(m.steps()), split == null ? "–" : split));
      for (String t : tasks) {
        double v = FinalMetrics.value(m, t, FinalMetrics.taskMetric(runs.get(0).manifest(), t));
        row.add(Numbers.number(v));
      }
      rows.add(row);
    }
    x.table(header, rows, "class", "summary");
    page.endSection();

    page.section("differences", "Settings that differ");
    List<SpecDiff.Row> diffs = ComparisonCharts.specDifferences(runs);
    if (diffs.isEmpty()) {
      x.element("p", "The runs' experiments are identical.");
    } else {
      List<String> h = new ArrayList<>(List.of("setting"));
      h.addAll(labels);
      x.table(h, diffs.stream().map(d -> {
        List<String> r = new ArrayList<>(List.of(SettingLabels.label(d.path())));
        r.addAll(d.values());
        return r;
      }).toList(), "class", "differences");
    }
    page.endSection();

    page.section("curves", "Loss curves by task");
    for (String t : tasks) {
      page.chart(ComparisonCharts.overlay(runs, t, RunFiles.LOSS, theme), ReportPage.WIDTH, ReportPage.HEIGHT,
          "Task '" + t + "': training loss of every run, smoothed (debiased EMA, weight "
              + ComparisonCharts.SMOOTHING + ") with the raw loss faint behind it, and validation loss (points).");
    }
    page.endSection();

    page.section("seed-bands", "Over seeds");
    int largest = SeedGroups.of(runs.stream().map(r -> r.manifest().experiment()).toList()).stream().mapToInt(List::size).max()
        .orElse(0);
    if (largest < 2) {
      x.element("p", "No two runs differ only by their seed, so there is no spread over seeds to show.");
    } else {
      for (String t : tasks) {
        page.chart(ComparisonCharts.seedBands(runs, t, RunFiles.LOSS, theme), ReportPage.WIDTH, ReportPage.HEIGHT,
            "Task '" + t + "': mean training loss of the runs that differ only by seed, with ± one standard deviation.");
      }
    }
    page.endSection();

    page.section("pareto", "Trade-off between tasks");
    if (tasks.size() < 2) {
      x.element("p", "A trade-off needs two tasks; these runs have one.");
    } else {
      String a = tasks.get(0);
      String b = tasks.get(1);
      RunManifest first = runs.get(0).manifest();
      page.chart(ComparisonCharts.pareto(runs, a, FinalMetrics.taskMetric(first, a), b, FinalMetrics.taskMetric(first, b), theme),
          ReportPage.WIDTH, ReportPage.HEIGHT + 40,
          "Each run's final metric of '" + a + "' against '" + b + "'; the dashed staircase joins the runs no other run beats on both.");
    }
    page.endSection();

    page.section("reproduce", "Reproduce these runs");
    for (int i = 0; i < runs.size(); i++) {
      x.element("h3", labels.get(i));
      String c = runs.get(i).manifest().command();
      x.element("pre", c == null ? "(not recorded)" : c);
    }
    page.endSection();
    return page.finish();
  }

  /** For each task the best run on its metric, then each run's claims (the findings its own report leads with). */
  private static void answer(ReportPage page, List<StoredRun> runs, List<String> labels, List<String> tasks) {
    Xhtml x = page.x();
    page.section("answer", "What the comparison shows");
    RunManifest first = runs.get(0).manifest();
    x.open("ul", "class", "findings");
    for (String t : tasks) {
      String metric = FinalMetrics.taskMetric(first, t);
      boolean higher = MetricDirection.higherIsBetter(metric);
      int best = -1;
      for (int i = 0; i < runs.size(); i++) {
        double v = FinalMetrics.value(runs.get(i).manifest(), t, metric);
        double b = best < 0 ? Double.NaN : FinalMetrics.value(runs.get(best).manifest(), t, metric);
        if (!Double.isNaN(v) && (best < 0 || (higher ? v > b : v < b))) {
          best = i;
        }
      }
      x.element("li", best < 0 ? "task '" + t + "': no run has a final " + metric
          : "task '" + t + "': the best " + metric + " is " + Numbers.number(FinalMetrics.value(runs.get(best).manifest(), t, metric))
              + ", run " + labels.get(best) + " (" + (higher ? "higher" : "lower") + " is better)");
    }
    x.close("ul");
    for (int i = 0; i < runs.size(); i++) {
      List<Finding> claims = RunFindings.of(runs.get(i)).stream().filter(Finding::makesClaim).toList();
      x.element("h3", labels.get(i));
      if (claims.isEmpty()) {
        x.element("p", "Nothing stands out beyond noise.", "class", "meta");
      } else {
        x.open("ul", "class", "findings");
        claims.forEach(f -> x.element("li", f.sentence()));
        x.close("ul");
      }
    }
    page.endSection();
  }

  /** Every task of any run, in the order first seen. */
  static List<String> tasks(List<StoredRun> runs) {
    Set<String> all = new LinkedHashSet<>();
    runs.forEach(r -> all.addAll(r.metrics().tasks().isEmpty() && r.manifest().tasks() != null ? r.manifest().tasks()
        : r.metrics().tasks()));
    return List.copyOf(all);
  }
}
