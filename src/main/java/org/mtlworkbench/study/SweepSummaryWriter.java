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
import org.mtlworkbench.diagnostics.MeanStd;
import org.mtlworkbench.run.RecordedRun;
import org.mtlworkbench.store.CsvNumbers;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * Writes the tables of a sweep (strategies × seeds, against single-task baselines): {@code
 * summary.csv}, one row per strategy and task (pandas reads it as is), and {@code summary.md},
 * the same as two Markdown tables.
 */
public final class SweepSummaryWriter {
  /** The sweep's table for scripts. */
  public static final String CSV = "summary.csv";
  /** The sweep's tables for people. */
  public static final String MARKDOWN = "summary.md";
  /** The header of summary.csv. */
  public static final List<String> HEADER = List.of("strategy", "status", "task", "metric", "seeds", "mtl_mean", "mtl_std",
      "stl_mean", "stl_std", "delta_mean", "delta_std", "p_value", "verdict", "delta_m_mean", "delta_m_std",
      "wall_seconds_mean", "wall_seconds_std");

  private SweepSummaryWriter() {}

  /**
   * One strategy's part of the sweep.
   *
   * @param strategy the strategy's name
   * @param result how its seeds went
   */
  public record Entry(String strategy, TransferStudy.Result result) {

    MeanStd wall() {
      return MeanStd.of(result.runs().stream().filter(RecordedRun::finished).mapToDouble(r -> r.outcome().wallSeconds()).toArray());
    }
  }

  public static void write(Path dir, String experimentName, List<Long> seeds, List<Entry> entries) {
    AtomicFiles.writeString(dir.resolve(CSV), csv(entries));
    AtomicFiles.writeString(dir.resolve(MARKDOWN), markdown(experimentName, seeds, entries));
  }

  static String csv(List<Entry> entries) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      p.printRecord(HEADER);
      for (Entry e : entries) {
        MeanStd wall = e.wall();
        TransferReport t = e.result().transfer();
        if (t == null) {
          p.printRecord(row(e.strategy(), e.result().status(), "", "", "", "", "", "", "", "", "", "", "", "", "", num(wall.mean()),
              num(wall.std())));
          continue;
        }
        TransferTable table = t.verdictTable();
        for (TransferRow r : table.tasks()) {
          p.printRecord(row(e.strategy(), e.result().status(), r.task(), r.metric(), Integer.toString(t.seeds().size()),
              num(r.mtlMean()), num(r.mtlStd()), num(r.stlMean()), num(r.stlStd()), num(r.deltaMean()), num(r.deltaStd()),
              num(r.pValue()), r.verdict().label(), num(table.deltaMMean()), num(table.deltaMStd()), num(wall.mean()),
              num(wall.std())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String markdown(String name, List<Long> seeds, List<Entry> entries) {
    StringBuilder b = new StringBuilder();
    String split = entries.stream().map(e -> e.result().transfer()).filter(t -> t != null).map(TransferReport::verdictSplit)
        .findFirst().orElse(RunFiles.TEST);
    b.append("# Sweep: ").append(name).append("\n\n");
    b.append(seeds.size()).append(" seeds (").append(String.join(", ", seeds.stream().map(String::valueOf).toList()))
        .append("). Metrics on the ").append(split).append(" split, mean ± std over seeds. Δ_k is relative to the single-task")
        .append(" baseline of the same seed, positive = multi-task better (Maninis et al. 2019); the verdict is ")
        .append(TransferReports.TEST).append(" at α = 0.05.\n\n");
    b.append("| strategy | task | metric | multi-task | single-task | Δ_k | p | verdict |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (Entry e : entries) {
      TransferReport t = e.result().transfer();
      if (t == null) {
        b.append("| ").append(e.strategy()).append(" | | | ").append(e.result().status()).append(": ")
            .append(e.result().message().replace("|", "/")).append(" | | | | |\n");
        continue;
      }
      for (TransferRow r : t.verdictTable().tasks()) {
        b.append("| ").append(e.strategy()).append(" | ").append(r.task()).append(" | ").append(r.metric()).append(" | ")
            .append(Numbers.meanStd(r.mtlMean(), r.mtlStd())).append(" | ").append(Numbers.meanStd(r.stlMean(), r.stlStd())).append(" | ")
            .append(Numbers.percentMeanStd(r.deltaMean(), r.deltaStd())).append(" | ").append(Numbers.significant(r.pValue(), 2))
            .append(" | ").append(r.verdict().label()).append(" |\n");
      }
    }
    b.append("\n| strategy | Δm | wall time per run (s) | status |\n|---|---|---|---|\n");
    for (Entry e : entries) {
      TransferReport t = e.result().transfer();
      MeanStd wall = e.wall();
      b.append("| ").append(e.strategy()).append(" | ")
          .append(t == null ? Numbers.MISSING : Numbers.percentMeanStd(t.verdictTable().deltaMMean(), t.verdictTable().deltaMStd())).append(" | ")
          .append(Numbers.meanStd(TransferRow.num(wall.mean()), TransferRow.num(wall.std()), 3)).append(" | ").append(e.result().status())
          .append(" |\n");
    }
    return b.toString();
  }

  private static List<String> row(String... cells) {
    return new ArrayList<>(List.of(cells));
  }

  private static String num(Double v) {
    return v == null ? "" : CsvNumbers.format(v);
  }

  private static String num(double v) {
    return CsvNumbers.format(v);
  }
}
