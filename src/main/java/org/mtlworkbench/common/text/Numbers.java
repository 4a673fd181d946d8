package org.mtlworkbench.common.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read for people: in findings, on the terminal, in reports and in the window. One
 * home, so that one value reads the same wherever it is shown: a few significant digits without
 * trailing zeros, a real minus sign (U+2212, as typeset text uses) and {@value #MISSING} for a
 * value that does not exist. Numbers in files for programs (CSV, JSON) are not written here: they
 * keep an ASCII minus and full precision.
 */
public final class Numbers {
  /** The minus sign of text for people. */
  public static final char MINUS = '\u2212';
  /** Stands for a value that does not exist (a std with one seed, a p-value never computed). */
  public static final String MISSING = "–";
  /** Between a mean and its spread. */
  public static final String PLUS_MINUS = " ± ";

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private Numbers() {}

  /**
   * {@code digits} significant digits, trailing zeros dropped, plain decimals between 1e-4 and
   * 1e7 and an exponent beyond: 3616.4 → "3616" (4), 452.3 → "450" (2), −0.0302 → "−0.03" (2),
   * 0.00003 → "3.0e−05" (2); NaN → {@value #MISSING}, infinity → "∞".
   */
  public static String significant(double v, int digits) {
    if (Double.isNaN(v)) {
      return MISSING;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : MINUS + "∞";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    String s = a >= 1e-4 && a < 1e7
        ? new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString()
        : String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    return minus(s);
  }

  /** As {@link #significant(double, int)}; {@value #MISSING} for null. */
  public static String significant(Double v, int digits) {
    return v == null ? MISSING : significant(v.doubleValue(), digits);
  }

  /** A measured value: four significant digits ("0.4321", "2800", "1.235e+05"). */
  public static String number(double v) {
    return significant(v, 4);
  }

  /** As {@link #number(double)}; {@value #MISSING} for null. */
  public static String number(Double v) {
    return v == null ? MISSING : number(v.doubleValue());
  }

  /** A fraction as a signed percentage with one decimal: 0.021 → "+2.1%", −0.039 → "−3.9%". */
  public static String signedPercent(double fraction) {
    return signedPercent(fraction, 1);
  }

  /** A fraction as a signed percentage: (0.12, 0) → "+12%", (−0.039, 1) → "−3.9%". */
  public static String signedPercent(double fraction, int decimals) {
    return Double.isNaN(fraction) ? MISSING : minus(String.format(Locale.ROOT, "%+." + decimals + "f%%", 100 * fraction));
  }

  /** A fraction as an unsigned percentage: (0.61, 0) → "61%", (0.021, 1) → "2.1%". */
  public static String percent(double fraction, int decimals) {
    return Double.isNaN(fraction) ? MISSING : minus(String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * fraction));
  }

  /** "0.4321 ± 0.012": the mean to four significant digits, the spread to two; the mean alone without a spread. */
  public static String meanStd(Double mean, Double std) {
    return meanStd(mean, std, 4);
  }

  /** As {@link #meanStd(Double, Double)} with the mean to {@code digits} significant digits. */
  public static String meanStd(Double mean, Double std, int digits) {
    if (mean == null) {
      return MISSING;
    }
    return std == null ? significant(mean, digits) : significant(mean, digits) + PLUS_MINUS + significant(std, 2);
  }

  /** Relative values (fractions) in percent: "+13.6% ± 2.1%"; the mean alone without a spread. */
  public static String percentMeanStd(Double mean, Double std) {
    if (mean == null) {
      return MISSING;
    }
    return std == null ? signedPercent(mean) : signedPercent(mean) + PLUS_MINUS + percent(Math.abs(std), 1);
  }

  /** How many times larger: "2800×", "14×", "3.2×"; "∞×" when the other is zero. */
  public static String ratio(double r) {
    if (Double.isNaN(r)) {
      return MISSING;
    }
    return (r >= 10 && r < 100 ? String.valueOf(Math.round(r)) : significant(r, 2)) + "×";
  }

  /** An unsigned value with fixed decimals, as the half-width after a ±: (0.0612, 2) → "0.06". */
  public static String fixed(double v, int decimals) {
    return Double.isNaN(v) ? MISSING : minus(String.format(Locale.ROOT, "%." + decimals + "f", v));
  }

  /** A count with thousands separators: 21360 → "21,360". */
  public static String count(long n) {
    return minus(String.format(Locale.ROOT, "%,d", n));
  }

  /** A signed value with fixed decimals, as in a matrix of cosines: "+0.32", "−0.31". */
  public static String signed(double v, int decimals) {
    return Double.isNaN(v) ? MISSING : minus(String.format(Locale.ROOT, "%+." + decimals + "f", v));
  }

  /** A duration on a clock: "0:07", "12:03", "1:02:03"; {@value #MISSING} when unknown or negative. */
  public static String duration(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      return MISSING;
    }
    long s = Math.round(seconds);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long r = s % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, r) : String.format(Locale.ROOT, "%d:%02d", m, r);
  }

  /**
   * An axis tick a reader takes in at a glance: three significant digits, plain decimals with
   * thousands separators between 0.001 and 100,000 ("0.25", "1,500", "3,160" for 3162.28),
   * powers of ten written as such beyond ("1e−5", "2.5e6").
   */
  public static String tick(double v) {
    double a = Math.abs(v);
    if (v == 0 || (a >= 1e-3 && a < 1e5)) {
      double rounded = new BigDecimal(v).round(new MathContext(3)).doubleValue();
      return minus(new DecimalFormat("#,##0.####", SYMBOLS).format(rounded));
    }
    return minus(new DecimalFormat("0.##E0", SYMBOLS).format(v).replace("E", "e"));
  }

  /**
   * A tick label on an axis whose ticks are {@code spacing} apart: {@link #tick(double)}'s style
   * with as many decimals as the spacing needs, so that neighbouring ticks never read alike
   * (spacing 0.00005: 0.02065 → "0.02065", 0.0207 → "0.02070", where three significant digits
   * would write "0.0207" for both).
   */
  public static String tick(double v, double spacing) {
    if (!(spacing > 0) || Double.isInfinite(spacing)) {
      return tick(v);
    }
    int decimals = 0;
    while (decimals < 12 && Math.abs(spacing * Math.pow(10, decimals) - Math.rint(spacing * Math.pow(10, decimals)))
        > 1e-6 * spacing * Math.pow(10, decimals)) {
      decimals++;
    }
    double a = Math.abs(v);
    if (a >= 1e5 || decimals > 6) {
      // an exponent: as many digits after the mantissa's point as lie between v's and the spacing's
      double power = Math.floor(Math.log10(spacing));
      double leading = spacing / Math.pow(10, power); // 1, 2, 2.5, 5: 2.5 needs one digit more
      int digits = a == 0 ? 0 : Math.max(0, (int) (Math.floor(Math.log10(a)) - power)
          + (Math.abs(leading - Math.rint(leading)) > 1e-6 ? 1 : 0));
      String mantissa = "0" + (digits > 0 ? "." + "0".repeat(digits) : "");
      return minus(new DecimalFormat(mantissa + "E0", SYMBOLS).format(v).replace("E", "e"));
    }
    String pattern = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    return minus(new DecimalFormat(pattern, SYMBOLS).format(Math.rint(v / spacing) * spacing));
  }

  private static String minus(String s) {
    return s.replace('-', MINUS);
  }
}
