package org.mtlworkbench.report.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.report.ComparisonCharts;
import org.mtlworkbench.report.CsvExport;
import org.mtlworkbench.report.OutputFiles;
import org.mtlworkbench.report.PdfReport;
import org.mtlworkbench.report.ReportPage;
import org.mtlworkbench.report.Xhtml;
import org.mtlworkbench.report.chart.AffinityMatrixChart;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.report.chart.ExportLook;
import org.mtlworkbench.report.chart.ParetoChart;
import org.mtlworkbench.report.series.ParetoFront;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.SafeNames;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.study.PreparedStudy;
import org.mtlworkbench.study.RunRecord;
import org.mtlworkbench.study.StudyDirectory;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyResultsReader;
import org.mtlworkbench.study.StudyWording;
import org.mtlworkbench.study.SweepSummaryWriter;

/**
 * The report of a study directory, answer first: per task, which strategy is best and how sure
 * that is; then the table (strategy × task: metric over seeds, single-task baseline, Δ_k, Welch's
 * verdict; Δm and wall time per strategy); the trade-off between tasks (Pareto charts of the
 * strategies' mean metrics); the task affinity with its suggested groupings; every task's loss
 * over seeds as mean ± std bands; and last the configuration in words. The same page goes to
 * HTML and, through {@link PdfReport}, to PDF; {@link #csv} is the table for scripts.
 */
public final class StudyReport {
  static final List<String> SECTIONS = List.of("answer", "table", "pareto", "affinity", "curves", "configuration");
  /** At most this many task pairs get a Pareto chart (K = 4 tasks give 6). */
  static final int MAX_PAIRS = 6;

  private final PreparedStudy study;
  private final StudyResults results;
  private final Path dir;

  private StudyReport(Path dir) {
    this.dir = dir;
    this.study = StudyDirectory.prepared(dir);
    this.results = StudyResultsReader.read(dir);
  }

  /** The report page of the study in {@code dir} (read from its files alone). */
  public static String render(Path dir) {
    return new StudyReport(dir).page();
  }

  public static void writeHtml(Path dir, Path file) {
    byte[] bytes = render(dir).getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(file, out -> out.write(bytes));
  }

  public static void writePdf(Path dir, Path file) {
    PdfReport.writeXhtml(render(dir), file);
  }

  /** The study's table for scripts (summary.csv's columns). */
  public static void csv(Path dir, Path file) {
    byte[] bytes = SweepSummaryWriter.csv(StudyResultsReader.read(dir)).getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(file, out -> out.write(bytes));
  }

  /** Final metrics per run of the study, split, task and metric ({@link CsvExport#summary}). */
  public static void summaryCsv(Path dir, Path file) {
    CsvExport.summary(new StudyReport(dir).finishedRuns(true), file);
  }

  /** "{name}-study.html". */
  public static String suggestedFileName(String studyName, String ext) {
    return SafeNames.fileName(studyName) + "-study." + SafeNames.fileName(ext);
  }

  private String page() {
    ChartTheme theme = ChartTheme.LIGHT;
    ReportPage page = new ReportPage("Study: " + results.name());
    Xhtml x = page.x();
    x.element("h1", "Study: " + results.name());
    x.element("p", results.complete() + " of " + results.planned() + " runs complete · " + StudyWording.seeds(results.seeds().size())
        + " · metrics on the " + results.split() + " split, mean ± std over seeds", "class", "meta");

    page.section("answer", "Answer");
    if (results.answers().isEmpty()) {
      x.element("p", "No multi-task run has finished yet.");
    } else {
      x.open("ul", "class", "findings");
      results.answers().forEach(a -> x.element("li", StudyWording.answer(a)));
      x.close("ul");
    }
    if (!results.groupedAnswers().isEmpty()) {
      x.element("h3", "All tasks together against the grouping");
      x.open("ul", "class", "findings");
      results.groupedAnswers().forEach(a -> x.element("li", StudyWording.grouped(a)));
      x.close("ul");
    }
    if (!results.problems().isEmpty()) {
      x.element("p", results.problems().size() + " runs did not finish; they are listed under the table.");
    }
    page.endSection();

    table(page);
    pareto(page, theme);
    affinity(page, theme);
    curves(page, theme);

    page.section("configuration", "Configuration");
    x.open("ul");
    StudyConfiguration.sentences(study.study(), study.tasks(), results.planned()).forEach(s -> x.element("li", s));
    x.close("ul");
    x.element("p", "The exact settings are in " + dir.resolve(StudyDirectory.STUDY) + "; the same study runs again with: mtl-workbench"
        + " sweep " + dir.resolve(StudyDirectory.STUDY) + " --out NEW_FOLDER");
    page.endSection();
    return page.finish();
  }

  private void table(ReportPage page) {
    Xhtml x = page.x();
    page.section("table", "Strategies by task");
    x.element("p", SweepSummaryWriter.BEST + " marks the best strategy of each task. Δ_k: relative to training the task alone"
        + " (positive = better together); p: Welch's two-sided t-test over the seeds."
        + (results.groups().stream().anyMatch(StudyResults.Group::grouped) ? " " + StudyWording.GROUPED_ROW : ""));
    List<List<String>> rows = new ArrayList<>();
    for (StudyResults.Group g : results.groups()) {
      if (g.finished().isEmpty()) {
        rows.add(List.of(g.label(), Numbers.MISSING, Numbers.MISSING, g.status(), "", Numbers.MISSING, Numbers.MISSING, Numbers.MISSING,
            Numbers.MISSING));
        continue;
      }
      for (StudyResults.TaskResult t : g.tasks()) {
        TransferRow r = t.transfer();
        rows.add(List.of(g.label(), t.task(), t.metric(),
            Numbers.meanStd(t.mean(), t.std()), t.best() ? SweepSummaryWriter.BEST : "",
            r == null ? Numbers.MISSING : Numbers.meanStd(r.stlMean(), r.stlStd()),
            r == null ? Numbers.MISSING : Numbers.percentMeanStd(r.deltaMean(), r.deltaStd()),
            r == null ? Numbers.MISSING : Numbers.significant(r.pValue(), 2), r == null ? Numbers.MISSING : r.verdict().label()));
      }
    }
    x.table(List.of("strategy", "task", "metric", "multi-task", "best", "single-task", "Δ_k", "p", "verdict"), rows, "class",
        "summary");
    List<List<String>> per = new ArrayList<>();
    for (StudyResults.Group g : results.groups()) {
      per.add(List.of(g.label(), Numbers.percentMeanStd(g.deltaMMean(), g.deltaMStd()), Numbers.meanStd(g.wallMean(), g.wallStd(), 3),
          g.allFinished() ? g.status() : g.status() + ": " + g.message()));
    }
    x.table(List.of("strategy", "Δm", "wall time per run (s)", "status"), per, "class", "summary");
    if (!results.problems().isEmpty()) {
      x.element("h3", "Runs that did not finish");
      x.open("ul");
      results.problems().forEach(p -> x.element("li", p));
      x.close("ul");
    }
    page.endSection();
  }

  private void pareto(ReportPage page, ChartTheme theme) {
    page.section("pareto", "Trade-off between tasks");
    List<StudyResults.Group> done = results.groups().stream().filter(g -> !g.finished().isEmpty()).toList();
    int k = results.tasks().size();
    if (k < 2 || done.isEmpty()) {
      page.x().element("p", k < 2 ? "A trade-off needs two tasks; this study has one." : "No strategy has a finished run yet.");
      page.endSection();
      return;
    }
    int pairs = 0;
    for (int a = 0; a < k && pairs < MAX_PAIRS; a++) {
      for (int b = a + 1; b < k && pairs < MAX_PAIRS; b++, pairs++) {
        page.chart(paretoChart(results, done, a, b, theme), ReportPage.WIDTH, ReportPage.HEIGHT + 40,
            "Each strategy's mean " + results.tasks().get(a).metric() + " of '" + results.tasks().get(a).task() + "' against its mean "
                + results.tasks().get(b).metric() + " of '" + results.tasks().get(b).task() + "' over the seeds; the dashed staircase"
                + " joins the strategies no other beats on both tasks.");
      }
    }
    if (k * (k - 1) / 2 > MAX_PAIRS) {
      page.x().element("p", "Pairs beyond the first " + MAX_PAIRS + " are left out; summary.csv has every task's numbers.");
    }
    page.endSection();
  }

  /**
   * The trade-off between tasks {@code a} and {@code b}: each group's mean metrics over its seeds
   * and the Pareto front; the report and the window's study view draw the same chart.
   *
   * @param groups the groups to place (those with a finished run)
   */
  public static JFreeChart paretoChart(StudyResults results, List<StudyResults.Group> groups, int a, int b, ChartTheme theme) {
    var ta = results.tasks().get(a);
    var tb = results.tasks().get(b);
    List<ParetoFront.Point> points = groups.stream().map(g -> new ParetoFront.Point(g.label(), value(g.tasks().get(a).mean()),
        value(g.tasks().get(b).mean()))).toList();
    String xl = ta.task() + " " + ta.metric() + (ta.higherIsBetter() ? " (higher is better)" : " (lower is better)");
    String yl = tb.task() + " " + tb.metric() + (tb.higherIsBetter() ? " (higher is better)" : " (lower is better)");
    JFreeChart chart = ParetoChart.create(points, xl, ta.higherIsBetter(), yl, tb.higherIsBetter(), theme);
    readableTicks((NumberAxis) chart.getXYPlot().getDomainAxis());
    readableTicks((NumberAxis) chart.getXYPlot().getRangeAxis());
    return ExportLook.apply(chart, theme, "Trade-off: " + ta.task() + " against " + tb.task(), xl, yl, true);
  }

  private void affinity(ReportPage page, ChartTheme theme) {
    Xhtml x = page.x();
    page.section("affinity", "Task affinity and grouping");
    if (results.affinity().isEmpty()) {
      x.element("p", study.study().affinity() ? "No run with measured affinity has finished yet."
          : "Task affinity was not measured in this study (study file: \"affinity\": true; sweep: --affinity).");
    }
    for (StudyResults.SharingAffinity s : results.affinity()) {
      AffinityReport r = s.report();
      int side = Math.min(ReportPage.WIDTH, 240 + 90 * r.tasks().size());
      page.chart(AffinityMatrixChart.create(r.tasks(), r.values(), "Task affinity (" + s.sharing() + ")", theme), side,
          Math.min(side - 40, 520), "Mean lookahead affinity Z(i→j) (Fifty et al. 2021) over " + s.runs() + " runs and "
              + r.measurements() + " measurements: how much a step on task i alone lowered task j's loss, relative to it."
              + " Positive (blue): i helps j; negative (red): i hurts j. The diagonal, a task with itself, is grey.");
      if (r.groupings().isEmpty()) {
        x.element("p", "With " + r.tasks().size() + " tasks there is no grouping to suggest beyond all together or each alone.");
      } else {
        List<List<String>> rows = r.groupings().stream().map(g -> List.of(Integer.toString(g.groups().size()),
            String.join(" | ", g.groups().stream().map(m -> "{" + String.join(", ", m) + "}").toList()),
            Numbers.significant(g.score(), 3))).toList();
        x.table(List.of("groups", "suggested partition", "score"), rows, "class", "summary");
        x.element("p", "Score: the affinity onto each task from the other members of its group, summed over the tasks (TAG,"
            + " Fifty et al. 2021, §3.3); higher is better. A grouping is a suggestion to test: train each group as its own model.");
      }
    }
    page.endSection();
  }

  private void curves(ReportPage page, ChartTheme theme) {
    page.section("curves", "Validation loss over seeds");
    List<StoredRun> runs = finishedRuns(false);
    if (runs.isEmpty()) {
      page.x().element("p", "No multi-task run has finished yet.");
    }
    for (var t : runs.isEmpty() ? List.<org.mtlworkbench.study.TaskMetric>of() : results.tasks()) {
      page.chart(ComparisonCharts.seedBands(runs, t.task(), RunFiles.VALIDATION, RunFiles.LOSS, theme), ReportPage.WIDTH,
          ReportPage.HEIGHT, "Task '" + t.task() + "': validation loss of each strategy after every epoch, mean over its seeds with"
              + " ± one standard deviation.");
    }
    page.endSection();
  }

  /**
   * Strategies' means often differ by far less than their size (3277 against 3290): ticks of three
   * significant digits would all read "3,280". Such an axis gets as many decimals as a tenth of
   * its range needs.
   */
  static void readableTicks(NumberAxis axis) {
    double lo = axis.getLowerBound();
    double hi = axis.getUpperBound();
    double step = (hi - lo) / 10;
    double size = Math.max(Math.abs(lo), Math.abs(hi));
    if (!(step > 0) || size / step < 100) {
      return; // three significant digits tell the ticks apart
    }
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)));
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setNegativePrefix(String.valueOf(Numbers.MINUS));
    axis.setNumberFormatOverride(f);
  }

  /**
   * The finished multi-task runs, strategy by strategy: of all tasks together, and with {@code
   * grouped} also the runs of the groups of a grouping (each trains some of the tasks).
   */
  private List<StoredRun> finishedRuns(boolean grouped) {
    List<StoredRun> runs = new ArrayList<>();
    for (StudyResults.Group g : results.groups()) {
      if (g.grouped() && !grouped) {
        continue;
      }
      for (RunRecord r : g.runs()) {
        if (r.finished() && !r.key().baseline()) {
          runs.add(RunReader.read(dir.resolve(r.dir())));
        }
      }
    }
    return runs;
  }

  private static double value(Double v) {
    return v == null ? Double.NaN : v;
  }
}
