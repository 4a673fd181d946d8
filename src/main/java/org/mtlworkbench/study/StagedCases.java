package org.mtlworkbench.study;

import java.util.List;
import java.util.Set;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.diagnostics.Calibration;
import org.mtlworkbench.diagnostics.Finding;

/**
 * The staged cases the findings are calibrated on: sample experiments whose truth is known by
 * construction (each sample's README says what it stages and what the workbench should report;
 * docs/findings.md why a case leaves a kind open).
 */
public final class StagedCases {
  private StagedCases() {}

  /**
   * A staged case.
   *
   * @param truth what it stages
   * @param experiment its experiment file, relative to the sample-datasets folder
   */
  public record Case(Calibration.StagedCase truth, String experiment) {}

  /** Every staged case, in table order. */
  public static final List<Case> ALL = List.of(
      // p = 0.9: the tasks help each other; nothing to find
      new Case(new Calibration.StagedCase("correlated-high", Set.of(), Set.of()), "correlated-high/experiment.json"),
      // p = 0 with a backbone wide enough for both directions: unrelated, nothing to find
      new Case(new Calibration.StagedCase("correlated-low", Set.of(), Set.of()), "correlated-low/experiment.json"),
      // σ = 1, 10, 100: y3 dominates; whether the dominated tasks are pushed back or end worse is not staged
      new Case(new Calibration.StagedCase("imbalanced", Set.of(Finding.IMBALANCE), Set.of(Finding.HARM, Finding.NEGATIVE_TRANSFER)),
          "imbalanced/experiment.json"),
      // two directions through one linear unit: conflict, harm and negative transfer
      new Case(new Calibration.StagedCase("narrow-bottleneck", Set.of(Finding.CONFLICT, Finding.HARM, Finding.NEGATIVE_TRANSFER),
          Set.of()), "narrow-bottleneck/experiment.json"),
      // p = 0.9, y2 with 100 labels: y1's labels teach y2's direction. y2 first memorises its 100 rows, then the
      // shared layers follow y1 and its training loss rises again — a real push-back that may well help y2's test
      // error, so harm is left open
      new Case(new Calibration.StagedCase("label-scarce", Set.of(), Set.of(Finding.HARM)), "correlated-high/experiment_scarce-y2.json"));

  /** The cases named (all when {@code names} is empty); an unknown name is an input error listing the known ones. */
  public static List<Case> named(List<String> names) {
    if (names == null || names.isEmpty()) {
      return ALL;
    }
    return names.stream().map(n -> ALL.stream().filter(c -> c.truth().name().equals(n)).findFirst()
        .orElseThrow(() -> new InputException("--cases: unknown case '" + n + "'; the staged cases are "
            + String.join(", ", ALL.stream().map(c -> c.truth().name()).toList())))).toList();
  }
}
