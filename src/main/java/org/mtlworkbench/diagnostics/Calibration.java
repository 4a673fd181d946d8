package org.mtlworkbench.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores findings against staged truth: per finding kind, the false-positive rate on the trials
 * of cases that do not stage it and the detection rate on the trials of cases that do. A case may
 * leave a kind's truth open ({@link StagedCase#unknown()}); its trials then count for neither
 * rate (docs/findings.md says why for each).
 */
public final class Calibration {
  /** The kinds calibrated, in table order. */
  public static final List<String> KINDS = List.of(Finding.CONFLICT, Finding.IMBALANCE, Finding.HARM, Finding.NEGATIVE_TRANSFER);

  private Calibration() {}

  /**
   * A case whose truth is known by construction.
   *
   * @param name its name (the sample folder)
   * @param staged the kinds it stages
   * @param unknown the kinds whose truth it leaves open
   */
  public record StagedCase(String name, Set<String> staged, Set<String> unknown) {
    public StagedCase {
      staged = Set.copyOf(staged);
      unknown = Set.copyOf(unknown);
    }

    /** Whether a claim of {@code kind} on this case is a detection (true), a false positive (false), or neither (null). */
    public Boolean truth(String kind) {
      return unknown.contains(kind) ? null : staged.contains(kind);
    }
  }

  /**
   * One trial: what was claimed on one run (or one group of seeds, for negative transfer).
   *
   * @param caseName the case
   * @param label e.g. "seed 3" or "seeds 1–3"
   * @param kind the kind this trial tests
   * @param claimed whether a finding of that kind was made
   */
  public record Trial(String caseName, String label, String kind, boolean claimed) {}

  /**
   * One row of the table.
   *
   * @param kind the finding kind
   * @param falsePositives claims on trials of cases that do not stage it
   * @param negatives trials of cases that do not stage it
   * @param detections claims on trials of cases that stage it
   * @param positives trials of cases that stage it
   */
  public record Row(String kind, int falsePositives, int negatives, int detections, int positives) {
    public double falsePositiveRate() {
      return negatives == 0 ? Double.NaN : (double) falsePositives / negatives;
    }

    public double detectionRate() {
      return positives == 0 ? Double.NaN : (double) detections / positives;
    }

    /** Whether the goals hold: false positives ≤ {@code maxFalse}, detection ≥ {@code minDetection}. */
    public boolean meets(double maxFalse, double minDetection) {
      return !(falsePositiveRate() > maxFalse) && !(detectionRate() < minDetection);
    }
  }

  /** The table: one row per kind of {@link #KINDS}. */
  public static List<Row> score(List<StagedCase> cases, List<Trial> trials) {
    Map<String, StagedCase> byName = new LinkedHashMap<>();
    cases.forEach(c -> byName.put(c.name(), c));
    List<Row> rows = new ArrayList<>();
    for (String kind : KINDS) {
      int fp = 0;
      int neg = 0;
      int det = 0;
      int pos = 0;
      for (Trial t : trials) {
        if (!t.kind().equals(kind)) {
          continue;
        }
        StagedCase c = byName.get(t.caseName());
        if (c == null) {
          throw new IllegalArgumentException("trial of unknown case '" + t.caseName() + "'");
        }
        Boolean staged = c.truth(kind);
        if (staged == null) {
          continue;
        }
        if (staged) {
          pos++;
          det += t.claimed() ? 1 : 0;
        } else {
          neg++;
          fp += t.claimed() ? 1 : 0;
        }
      }
      rows.add(new Row(kind, fp, neg, det, pos));
    }
    return rows;
  }

  /** Whether any finding of {@code kind} is among {@code findings}. */
  public static boolean claims(List<Finding> findings, String kind) {
    return findings.stream().anyMatch(f -> f.kind().equals(kind));
  }
}
