package org.mtlworkbench.cli;

import java.util.List;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.diagnostics.Calibration;
import org.mtlworkbench.study.StagedCases;

/** The calibration result as Markdown tables (rates per kind; claims per case) and as CSV (every trial). */
final class CalibrationTable {
  private CalibrationTable() {}

  static String markdown(List<Calibration.Row> rows, List<StagedCases.Case> cases, List<Calibration.Trial> trials,
      double maxFalse, double minDetection) {
    StringBuilder b = new StringBuilder();
    b.append("| finding | false positives (cases not staging it) | detection (cases staging it) | goal: FP ≤ ")
        .append(Numbers.percent(maxFalse, 0)).append(", detection ≥ ").append(Numbers.percent(minDetection, 0)).append(" |\n");
    b.append("|---|---|---|---|\n");
    for (Calibration.Row r : rows) {
      b.append("| ").append(r.kind()).append(" | ").append(rate(r.falsePositives(), r.negatives())).append(" | ")
          .append(rate(r.detections(), r.positives())).append(" | ")
          .append(r.meets(maxFalse, minDetection) ? "met" : "NOT met").append(" |\n");
    }
    b.append("\nClaims per case (claimed / trials; staged = the case stages it, open = its truth is not known by"
        + " construction and it counts for neither rate):\n\n| case |");
    Calibration.KINDS.forEach(k -> b.append(' ').append(k).append(" |"));
    b.append("\n|---|");
    Calibration.KINDS.forEach(k -> b.append("---|"));
    b.append('\n');
    for (StagedCases.Case c : cases) {
      b.append("| ").append(c.truth().name()).append(" |");
      for (String kind : Calibration.KINDS) {
        List<Calibration.Trial> mine = trials.stream()
            .filter(t -> t.caseName().equals(c.truth().name()) && t.kind().equals(kind)).toList();
        long claimed = mine.stream().filter(Calibration.Trial::claimed).count();
        Boolean truth = c.truth().truth(kind);
        b.append(' ').append(claimed).append('/').append(mine.size())
            .append(truth == null ? " (open)" : truth ? " (staged)" : "").append(" |");
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String csv(List<Calibration.Trial> trials) {
    StringBuilder b = new StringBuilder("case,trial,kind,claimed\n");
    for (Calibration.Trial t : trials) {
      b.append(t.caseName()).append(',').append(t.label()).append(',').append(t.kind()).append(',').append(t.claimed()).append('\n');
    }
    return b.toString();
  }

  private static String rate(int count, int of) {
    return of == 0 ? "no trials" : count + " of " + of + " (" + Numbers.percent((double) count / of, 0) + ")";
  }
}
