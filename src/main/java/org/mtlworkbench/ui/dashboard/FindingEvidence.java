package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One number behind a finding, as the Findings tab lists it when the finding is selected.
 *
 * @param name the evidence's name ("trueCosine", "steps")
 * @param value its value in words
 */
public record FindingEvidence(String name, String value) {

  /** For the table's property lookup. */
  public String getName() {
    return name;
  }

  /** For the table's property lookup. */
  public String getValue() {
    return value;
  }

  /** The evidence in words: "steps 500–999" for a step range first, counts as integers, other numbers to four digits. */
  static List<FindingEvidence> of(Map<String, Double> e) {
    List<FindingEvidence> rows = new ArrayList<>();
    if (e.containsKey("fromStep") && e.containsKey("toStep")) {
      rows.add(new FindingEvidence("steps", String.format(Locale.ROOT, "%,.0f–%,.0f", e.get("fromStep"), e.get("toStep"))));
    }
    e.forEach((k, v) -> {
      if (!k.equals("fromStep") && !k.equals("toStep")) {
        boolean whole = v == Math.rint(v) && Math.abs(v) < 1e9;
        rows.add(new FindingEvidence(k, whole ? String.format(Locale.ROOT, "%.0f", v)
            : String.format(Locale.ROOT, "%.4g", v).replace('-', '−')));
      }
    });
    return rows;
  }
}
