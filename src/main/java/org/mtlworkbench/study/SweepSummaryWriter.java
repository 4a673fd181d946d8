package org.mtlworkbench.study;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtlworkbench.common.AtomicFiles;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.CsvNumbers;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.TransferRow;

/**
 * Writes the tables of a study (strategies × sharing schemes × seeds, against single-task
 * baselines) from its {@link StudyResults}: {@code summary.csv}, one row per strategy, sharing
 * scheme and task (pandas reads it as is; {@code groups} names the grouping of a grouped row,
 * empty for all tasks together; {@code best} marks the best strategy of each task, {@code
 * message} says why a strategy's runs did not all finish), {@code summary.md}, the answer
 * and the same tables for people, and, when task affinity was measured, {@code affinity.csv}.
 */
public final class SweepSummaryWriter {
  /** The study's table for scripts. */
  public static final String CSV = "summary.csv";
  /** The study's tables for people. */
  public static final String MARKDOWN = "summary.md";
  /** The header of summary.csv. */
  public static final List<String> HEADER = List.of("strategy", "sharing", "status", "task", "metric", "seeds", "mtl_mean", "mtl_std",
      "stl_mean", "stl_std", "delta_mean", "delta_std", "p_value", "verdict", "delta_m_mean", "delta_m_std", "wall_seconds_mean",
      "wall_seconds_std", "best", "message", "groups");
  /** The header of the study's affinity.csv (long format: one row per sharing scheme and task pair). */
  public static final List<String> AFFINITY_HEADER = List.of("sharing", RunFiles.SOURCE, RunFiles.TARGET, "affinity", "runs",
      "measurements");
  /** Marks the best strategy of a task in the tables for people. */
  public static final String BEST = "★";

  private SweepSummaryWriter() {}

  /** Writes summary.csv, summary.md and (when measured) affinity.csv into the study directory. */
  public static void write(Path dir, StudyResults results) {
    AtomicFiles.writeString(dir.resolve(CSV), csv(results));
    AtomicFiles.writeString(dir.resolve(MARKDOWN), markdown(results));
    if (!results.affinity().isEmpty()) {
      AtomicFiles.writeString(dir.resolve(StudyDirectory.AFFINITY), affinityCsv(results));
    }
  }

  /** summary.csv's text. */
  public static String csv(StudyResults results) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      p.printRecord(HEADER);
      for (StudyResults.Group g : results.groups()) {
        String wallMean = num(g.wallMean());
        String wallStd = num(g.wallStd());
        String grouping = g.grouped() ? TaskGroups.label(g.grouping()) : "";
        if (g.finished().isEmpty()) {
          p.printRecord(row(g.strategy(), g.sharing(), g.status(), "", "", "0", "", "", "", "", "", "", "", "", "", "", wallMean, wallStd,
              "false", g.message(), grouping));
          continue;
        }
        for (StudyResults.TaskResult t : g.tasks()) {
          TransferRow r = t.transfer();
          int seeds = r != null ? r.mtl().size() : t.values().size();
          p.printRecord(row(g.strategy(), g.sharing(), g.status(), t.task(), t.metric(), Integer.toString(seeds), num(t.mean()),
              num(t.std()), r == null ? "" : num(r.stlMean()), r == null ? "" : num(r.stlStd()), r == null ? "" : num(r.deltaMean()),
              r == null ? "" : num(r.deltaStd()), r == null ? "" : num(r.pValue()), r == null ? "" : r.verdict().label(),
              num(g.deltaMMean()), num(g.deltaMStd()), wallMean, wallStd, Boolean.toString(t.best()),
              g.allFinished() ? "" : g.message(), grouping));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String markdown(StudyResults results) {
    StringBuilder b = new StringBuilder();
    b.append("# Study: ").append(results.name()).append("\n\n");
    b.append(results.complete()).append(" of ").append(results.planned()).append(" runs complete. ")
        .append(StudyWording.seeds(results.seeds().size())).append(" (")
        .append(String.join(", ", results.seeds().stream().map(String::valueOf).toList())).append("). Metrics on the ")
        .append(results.split()).append(" split, mean ± std over seeds; ").append(BEST).append(" marks the best strategy of each task.");
    if (results.baselines()) {
      b.append(" Δ_k is relative to the single-task baseline of the same seed, positive = multi-task better (Maninis et al. 2019);")
          .append(" the verdict is ").append(TransferReports.TEST).append(" at α = ").append(Numbers.significant(StudyResults.ALPHA, 2))
          .append('.');
    }
    if (results.groups().stream().anyMatch(StudyResults.Group::grouped)) {
      b.append(' ').append(StudyWording.GROUPED_ROW);
    }
    b.append("\n\n## Answer\n\n");
    if (results.answers().isEmpty()) {
      b.append("No multi-task run has finished yet.\n");
    }
    for (StudyResults.Answer a : results.answers()) {
      b.append("- ").append(StudyWording.answer(a)).append('\n');
    }
    if (!results.groupedAnswers().isEmpty()) {
      b.append("\n### All tasks together against the grouping\n\n");
      results.groupedAnswers().forEach(a -> b.append("- ").append(StudyWording.grouped(a)).append('\n'));
    }
    b.append("\n## Table\n\n| strategy | task | metric | multi-task | single-task | Δ_k | p | verdict |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (StudyResults.Group g : results.groups()) {
      if (g.finished().isEmpty()) {
        b.append("| ").append(label(g)).append(" | | | ").append(g.status()).append(": ").append(cell(g.message())).append(" | | | | |\n");
        continue;
      }
      for (StudyResults.TaskResult t : g.tasks()) {
        TransferRow r = t.transfer();
        b.append("| ").append(label(g)).append(" | ").append(t.task()).append(" | ").append(t.metric()).append(" | ")
            .append(Numbers.meanStd(t.mean(), t.std())).append(t.best() ? " " + BEST : "").append(" | ")
            .append(r == null ? Numbers.MISSING : Numbers.meanStd(r.stlMean(), r.stlStd())).append(" | ")
            .append(r == null ? Numbers.MISSING : Numbers.percentMeanStd(r.deltaMean(), r.deltaStd())).append(" | ")
            .append(r == null ? Numbers.MISSING : Numbers.significant(r.pValue(), 2)).append(" | ")
            .append(r == null ? Numbers.MISSING : r.verdict().label()).append(" |\n");
      }
    }
    b.append("\n| strategy | Δm | wall time per run (s) | status |\n|---|---|---|---|\n");
    for (StudyResults.Group g : results.groups()) {
      b.append("| ").append(label(g)).append(" | ").append(Numbers.percentMeanStd(g.deltaMMean(), g.deltaMStd())).append(" | ")
          .append(Numbers.meanStd(g.wallMean(), g.wallStd(), 3)).append(" | ").append(g.status())
          .append(g.allFinished() ? "" : ": " + cell(g.message())).append(" |\n");
    }
    for (StudyResults.SharingAffinity a : results.affinity()) {
      b.append("\n## Task affinity (").append(a.sharing()).append(")\n\n");
      b.append("Mean lookahead affinity Z_{i→j} (Fifty et al. 2021) over ").append(a.runs()).append(" runs and ")
          .append(a.report().measurements()).append(" measurements: row = the task stepped on, column = the task whose loss moved;")
          .append(" positive = the step helped.\n\n| | ").append(String.join(" | ", a.report().tasks())).append(" |\n|---|");
      a.report().tasks().forEach(t -> b.append("---|"));
      b.append('\n');
      double[][] m = a.report().values();
      for (int i = 0; i < m.length; i++) {
        b.append("| ").append(a.report().tasks().get(i));
        for (double v : m[i]) {
          b.append(" | ").append(Numbers.significant(v, 3));
        }
        b.append(" |\n");
      }
      b.append('\n');
      for (var g : a.report().groupings()) {
        b.append("- ").append(g.groups().size()).append(" groups: ").append(StudyWording.grouping(g)).append('\n');
      }
    }
    if (!results.problems().isEmpty()) {
      b.append("\n## Runs that did not finish\n\n");
      results.problems().forEach(p -> b.append("- ").append(p).append('\n'));
    }
    return b.toString();
  }

  static String affinityCsv(StudyResults results) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      p.printRecord(AFFINITY_HEADER);
      for (StudyResults.SharingAffinity a : results.affinity()) {
        double[][] m = a.report().values();
        for (int i = 0; i < m.length; i++) {
          for (int j = 0; j < m.length; j++) {
            p.printRecord(a.sharing(), a.report().tasks().get(i), a.report().tasks().get(j), CsvNumbers.format(m[i][j]), a.runs(),
                a.report().measurements());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A row's label in a table cell: a grouping's "|" escaped, so that it does not end the cell. */
  private static String label(StudyResults.Group g) {
    return g.label().replace("|", "\\|");
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "/");
  }

  private static List<String> row(String... cells) {
    return new ArrayList<>(List.of(cells));
  }

  private static String num(Double v) {
    return v == null ? "" : CsvNumbers.format(v);
  }
}
