package org.mtlworkbench.balance;

import java.util.Objects;

/**
 * One option (hyper-parameter) of a strategy, as written in {@code strategy.options}: its type,
 * default, valid range and a one-line help. The only place an option is described: the factory
 * reads it through {@link ResolvedOptions}, validation and error messages use its {@link #rule()},
 * and the window's strategy picker shows and edits it from the same record.
 *
 * @param name JSON name, e.g. {@code "alpha"}
 * @param kind real number, integer or 0/1 switch (all written as JSON numbers)
 * @param defaultValue used when the experiment does not set the option; {@code null} means "the
 *     optimiser's learning rate" ({@link #defaultText()} says so)
 * @param min lower end of the valid range ({@code -∞} for none)
 * @param minInclusive whether {@code min} itself is valid
 * @param max upper end of the valid range ({@code +∞} for none)
 * @param maxInclusive whether {@code max} itself is valid
 * @param help one line for tool tips and documentation
 */
public record OptionInfo(
    String name, Kind kind, Double defaultValue, double min, boolean minInclusive, double max, boolean maxInclusive, String help) {

  /** What values an option takes. */
  public enum Kind {
    /** Any finite number in the range. */
    REAL,
    /** A whole number in the range. */
    INTEGER,
    /** 0 (off) or 1 (on). */
    SWITCH
  }

  public OptionInfo {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(help);
    if (defaultValue != null && !isValid(defaultValue, kind, min, minInclusive, max, maxInclusive)) {
      throw new IllegalArgumentException("default " + defaultValue + " of option " + name + " is out of its range");
    }
  }

  /** A real option valid in {@code (min, ∞)} when {@code open}, else {@code [min, ∞)}. */
  static OptionInfo real(String name, Double defaultValue, double min, boolean open, String help) {
    return new OptionInfo(name, Kind.REAL, defaultValue, min, !open, Double.POSITIVE_INFINITY, false, help);
  }

  /** The rate of a strategy's own Adam on the scalars it learns, by default the optimiser's rate. */
  static OptionInfo learningRate(String learnedWhat) {
    return real("learningRate", null, 0, true, "Adam rate of " + learnedWhat + " (default: the optimiser's rate)");
  }

  /** A real option valid in the closed interval {@code [min, max]}. */
  static OptionInfo between(String name, double defaultValue, double min, double max, String help) {
    return new OptionInfo(name, Kind.REAL, defaultValue, min, true, max, true, help);
  }

  /** A whole-number option valid from {@code min} up. */
  static OptionInfo integer(String name, int defaultValue, int min, String help) {
    return new OptionInfo(name, Kind.INTEGER, (double) defaultValue, min, true, Double.POSITIVE_INFINITY, false, help);
  }

  /** A 0/1 option. */
  static OptionInfo toggle(String name, boolean defaultValue, String help) {
    return new OptionInfo(name, Kind.SWITCH, defaultValue ? 1.0 : 0.0, 0, true, 1, true, help);
  }

  /** Whether {@code value} is a valid setting. */
  public boolean accepts(double value) {
    return isValid(value, kind, min, minInclusive, max, maxInclusive);
  }

  /**
   * Why {@code value} is not a valid setting of this option of {@code strategy}, as the one line
   * the command line prints and the window shows next to the field; empty when it is valid.
   */
  public java.util.Optional<String> problem(String strategy, double value) {
    return accepts(value)
        ? java.util.Optional.empty()
        : java.util.Optional.of("strategy.options." + name + " of '" + strategy + "' must be " + rule() + ", got " + number(value));
  }

  /** The valid range in words, as error messages and the window show it: "> 0", "in [0, 1]", "0 or 1". */
  public String rule() {
    if (kind == Kind.SWITCH) {
      return "0 or 1";
    }
    String prefix = kind == Kind.INTEGER ? "an integer " : "";
    boolean low = min != Double.NEGATIVE_INFINITY;
    boolean high = max != Double.POSITIVE_INFINITY;
    if (low && high) {
      return prefix + "in " + (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + (maxInclusive ? "]" : ")");
    }
    if (low) {
      return prefix + (minInclusive ? "≥ " : "> ") + number(min);
    }
    if (high) {
      return prefix + (maxInclusive ? "≤ " : "< ") + number(max);
    }
    return kind == Kind.INTEGER ? "an integer" : "a finite number";
  }

  /** The default in words: a number, or "the optimiser's learning rate". */
  public String defaultText() {
    return defaultValue == null ? "the optimiser's learning rate" : number(defaultValue);
  }

  private static boolean isValid(double v, Kind kind, double min, boolean minInclusive, double max, boolean maxInclusive) {
    if (!Double.isFinite(v)) {
      return false;
    }
    if (kind != Kind.REAL && v != Math.rint(v)) {
      return false;
    }
    boolean aboveMin = minInclusive ? v >= min : v > min;
    boolean belowMax = maxInclusive ? v <= max : v < max;
    return aboveMin && belowMax;
  }

  /** 2, 0.5, 0.0001: the shortest decimal that reads back as {@code v}, without exponent or trailing zeros. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
