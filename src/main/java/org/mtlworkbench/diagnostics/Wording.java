package org.mtlworkbench.diagnostics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How numbers and task names are written in findings: few digits, a real minus sign. */
final class Wording {
  private Wording() {}

  /** Up to four significant digits, no trailing zeros: 0.8123, 2800, 1.2e-05. */
  static String number(double v) {
    return significant(v, 4);
  }

  static String significant(double v, int digits) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
    double a = Math.abs(v);
    String s = a >= 1e-4 && a < 1e7 ? d.toPlainString() : String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    return minus(s);
  }

  /** A signed percentage with one decimal: +2.1%, −3.9%. */
  static String percent(double fraction) {
    return minus(String.format(Locale.ROOT, "%+.1f%%", 100 * fraction));
  }

  /** An unsigned percentage with one decimal (for a ± spread). */
  static String spread(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * Math.abs(fraction));
  }

  /** A ratio: 2800×, 14×, 3.2×. */
  static String ratio(double r) {
    return (r >= 100 ? significant(r, 2) : r >= 10 ? String.valueOf(Math.round(r)) : significant(r, 2)) + "×";
  }

  /** A signed value with two decimals (cosines, effects): +0.42, −0.07. */
  static String signed(double v) {
    return minus(String.format(Locale.ROOT, "%+.2f", v));
  }

  /** "−0.31 ± 0.06": an estimate and the half-width of its interval, two decimals. */
  static String plusMinus(Estimate e) {
    return signed(e.value()) + " ± " + String.format(Locale.ROOT, "%.2f", e.halfWidth());
  }

  /** A share as a whole percentage: 63%. */
  static String share(double fraction) {
    return Math.round(100 * fraction) + "%";
  }

  /** "95% CI, 40 batches of 12 steps": how the interval of {@code e} was made. */
  static String interval(Estimate e, double confidence) {
    return number(100 * confidence) + "% CI, " + e.batches() + " batches of " + e.batchSize() + " steps";
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
    return e.high() < 2 ? change(e.value()) : ratio(e.value());
  }

  /** The interval of {@link #factor}: "+3% to +22%" or "2.9×–3.7×". */
  static String factorRange(Estimate e) {
    return e.high() < 2 ? change(e.low()) + " to " + change(e.high()) : ratio(e.low()) + "–" + ratio(e.high());
  }

  private static String change(double factor) {
    return minus(String.format(Locale.ROOT, "%+.0f%%", 100 * (factor - 1)));
  }

  static String quoted(String task) {
    return "'" + task + "'";
  }

  static String group(List<String> tasks) {
    return tasks.stream().map(Wording::quoted).collect(Collectors.joining(", ", "{", "}"));
  }

  private static String minus(String s) {
    return s.replace('-', '−');
  }
}
