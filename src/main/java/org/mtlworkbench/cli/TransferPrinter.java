package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Finding;
import org.mtlworkbench.store.TransferReport;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/** Prints the comparison with the single-task baselines and the findings, a few lines for a terminal. */
final class TransferPrinter {
  private TransferPrinter() {}

  static void print(PrintWriter out, TransferReport report) {
    TransferTable t = report.verdictTable();
    int seeds = report.seeds().size();
    out.printf(Locale.ROOT, "multi-task vs single-task on the %s split (%d seed%s; %s at α = %s):%n", report.verdictSplit(), seeds,
        seeds == 1 ? "" : "s", "Welch's t-test", report.alpha());
    for (TransferRow r : t.tasks()) {
      out.printf(Locale.ROOT, "  %-12s %-9s MTL %s  STL %s  Δ %s  p %s  %s%n", r.task(), r.metric(), Numbers.meanStd(r.mtlMean(), r.mtlStd()),
          Numbers.meanStd(r.stlMean(), r.stlStd()), Numbers.percentMeanStd(r.deltaMean(), r.deltaStd()), Numbers.significant(r.pValue(), 2),
          r.verdict().label());
    }
    out.printf(Locale.ROOT, "  Δm %s%n", Numbers.percentMeanStd(t.deltaMMean(), t.deltaMStd()));
  }

  static void findings(PrintWriter out, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.println("findings:");
    for (Finding f : findings) {
      out.println("  - " + f.sentence());
    }
  }
}
