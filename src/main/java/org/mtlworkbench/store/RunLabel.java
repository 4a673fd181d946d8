package org.mtlworkbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.model.Sharing;

/**
 * A run's name in lists: what it ran. The experiment's name often says how it shares and
 * balances ("Correlated regression, p = 0.9, hard sharing"), but a run may have run another
 * sharing or strategy (chosen in the window, or with {@code --sharing}); so the clauses of the
 * name that name a sharing scheme or a strategy are left out, and what the run did is said after
 * it: "Correlated regression, p = 0.9 · mmoe · pcgrad · seed 3".
 */
public final class RunLabel {
  /** Between the parts of a label. */
  public static final String SEPARATOR = " · ";

  private RunLabel() {}

  /**
   * @param experimentName the experiment's name (may be null)
   * @param sharing the sharing scheme's id, or null when unknown
   * @param strategy the strategy's name, or null when unknown
   */
  public static String of(String experimentName, String sharing, String strategy, long seed) {
    List<String> parts = new ArrayList<>();
    String base = withoutSettings(experimentName == null ? "" : experimentName);
    if (!base.isEmpty()) {
      parts.add(base);
    }
    if (sharing != null) {
      parts.add(sharing);
    }
    if (strategy != null) {
      parts.add(strategy);
    }
    parts.add("seed " + seed);
    return String.join(SEPARATOR, parts);
  }

  /**
   * The name without its comma-separated clauses that mention a sharing scheme or a strategy by
   * name ("hard sharing", "equal weights"); the whole name when every clause would go.
   */
  static String withoutSettings(String name) {
    String[] clauses = name.split(",");
    List<String> kept = new ArrayList<>();
    for (String c : clauses) {
      if (!namesASetting(c)) {
        kept.add(c.strip());
      }
    }
    return kept.isEmpty() ? name.strip() : String.join(", ", kept);
  }

  private static boolean namesASetting(String clause) {
    String c = clause.toLowerCase(Locale.ROOT);
    for (Sharing s : Sharing.values()) {
      if (word(s.id()).matcher(c).find()) {
        return true;
      }
    }
    for (String strategy : Strategies.NAMES) {
      if (word(strategy).matcher(c).find()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern word(String w) {
    return Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}-])");
  }
}
