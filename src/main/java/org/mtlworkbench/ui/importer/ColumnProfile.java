package org.mtlworkbench.ui.importer;

import java.util.Locale;
import org.mtlworkbench.data.TaskType;

/**
 * What one pass over a CSV column found: enough to suggest its role and type and to name the
 * first cell that would make the import fail.
 *
 * @param name the column's header
 * @param numbers cells holding a number
 * @param texts cells holding something else
 * @param missing empty or NaN cells
 * @param firstTextRow data row (1-based, the header not counted) of the first text cell, or 0
 * @param firstText that cell
 * @param firstMissingRow data row of the first missing cell, or 0
 * @param distinct distinct non-missing values, counted up to {@value #MAX_DISTINCT} + 1
 * @param zeroOne every number is 0 or 1 (and there is no text)
 */
public record ColumnProfile(
    String name, int numbers, int texts, int missing, int firstTextRow, String firstText, int firstMissingRow,
    int distinct, boolean zeroOne) {

  /** Beyond this many distinct labels a column cannot be a classification target (as in the loader). */
  public static final int MAX_DISTINCT = 1000;

  /** The type the loader would detect for this column as a target. */
  public TaskType detectedType() {
    if (texts == 0 && !zeroOne) {
      return TaskType.REGRESSION;
    }
    return distinct == 2 ? TaskType.BINARY : TaskType.MULTICLASS;
  }

  /**
   * A first guess at the role: names that read like targets (y, y1, target, label, class) are
   * targets; mostly numeric columns are features (a stray text cell is more likely a typo than a
   * label, and the dialog names it); mostly text columns are ignored (identifiers, notes).
   */
  public ColumnRole suggestedRole() {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.matches("y\\d*|target.*|label.*|class|outcome.*")) {
      return ColumnRole.TARGET;
    }
    return numbers > texts ? ColumnRole.FEATURE : ColumnRole.IGNORE;
  }

  /** "numbers", "text · 3 values", with ", 12 missing" when some are. */
  public String summary() {
    String kind = texts > 0 ? "text · " + (distinct > MAX_DISTINCT ? "many" : distinct) + " values"
        : zeroOne ? "0/1" : "numbers";
    return missing > 0 ? kind + ", " + missing + " missing" : kind;
  }
}
