package org.mtlworkbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtlworkbench.common.text.Numbers;

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

  /** The evidence in words: "steps 500–999" for a step range first, counts as integers, other numbers as {@link Numbers#number}. */
  static List<FindingEvidence> of(Map<String, Double> e) {
    List<FindingEvidence> rows = new ArrayList<>();
    if (e.containsKey("fromStep") && e.containsKey("toStep")) {
      rows.add(new FindingEvidence("steps", Numbers.count(Math.round(e.get("fromStep"))) + "–" + Numbers.count(Math.round(e.get("toStep")))));
    }
    e.forEach((k, v) -> {
      if (!k.equals("fromStep") && !k.equals("toStep")) {
        boolean whole = v == Math.rint(v) && Math.abs(v) < 1e9;
        rows.add(new FindingEvidence(k, whole ? Numbers.count(Math.round(v)) : Numbers.number(v)));
      }
    });
    return rows;
  }
}
