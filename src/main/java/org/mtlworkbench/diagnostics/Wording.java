package org.mtlworkbench.diagnostics;

import java.util.List;
import java.util.stream.Collectors;
import org.mtlworkbench.common.text.Numbers;

/**
 * How task names and the parts of a finding's sentence are written (single numbers by {@link
 * Numbers}): an estimate with its half-width, its interval's making, a factor of change.
 */
final class Wording {
  private Wording() {}

  /** "−0.31 ± 0.06": an estimate and the half-width of its interval, two decimals. */
  static String plusMinus(Estimate e) {
    return Numbers.signed(e.value(), 2) + Numbers.PLUS_MINUS + Numbers.fixed(e.halfWidth(), 2);
  }

  /** A share as a whole percentage: 63%. */
  static String share(double fraction) {
    return Numbers.percent(fraction, 0);
  }

  /**
   * "95% CI, 40 batches of 12 steps": how the interval of {@code e} was made; a Bonferroni level
   * keeps its digits ("98.33% CI"), so that it does not read as a rounder one.
   */
  static String interval(Estimate e, double confidence) {
    return Numbers.number(100 * confidence) + "% CI, " + e.batches() + " batches of " + e.batchSize() + " steps";
  }

  /** "not enough measured steps (37 of 100)". */
  static String tooFew(Estimate e) {
    return "not enough measured steps (" + e.steps() + " of " + e.needed() + ")";
  }

  /**
   * A factor and its interval: under 2× as a percentage change ("+12% (+3% to +22%)"), above as a
   * ratio ("3.3× (2.9×–3.7×)"), so that an interval near 1 does not read "1×–1.3×".
   */
  static String factor(Estimate e) {
    return factorValue(e) + " (" + factorRange(e) + ")";
  }

  /** The value of {@link #factor}: "+12%" or "3.3×". */
  static String factorValue(Estimate e) {
    return e.high() < 2 ? change(e.value()) : Numbers.ratio(e.value());
  }

  /** The interval of {@link #factor}: "+3% to +22%" or "2.9×–3.7×". */
  static String factorRange(Estimate e) {
    return e.high() < 2 ? change(e.low()) + " to " + change(e.high()) : Numbers.ratio(e.low()) + "–" + Numbers.ratio(e.high());
  }

  private static String change(double factor) {
    return Numbers.signedPercent(factor - 1, 0);
  }

  static String quoted(String task) {
    return "'" + task + "'";
  }

  static String group(List<String> tasks) {
    return tasks.stream().map(Wording::quoted).collect(Collectors.joining(", ", "{", "}"));
  }
}
