package org.mtlworkbench.balance;

import java.util.List;
import org.mtlworkbench.common.InputException;

/**
 * Every balancing strategy, each described by its own {@link StrategyInfo}: the list the command
 * line, the documentation, the window's strategy picker and the compatibility check all read.
 * Order: strategies that weight the losses first, then those that combine gradients.
 */
public final class StrategyCatalog {
  /** Every strategy, in the order lists show them. */
  public static final List<StrategyInfo> ALL =
      List.of(
          EqualWeighting.INFO, StaticWeighting.INFO, UncertaintyWeighting.INFO, GradNorm.INFO, DynamicWeightAverage.INFO,
          RandomLossWeighting.INFO, GeometricLossStrategy.INFO, ImtlL.INFO, SmoothTchebycheff.INFO, Famo.INFO, ExcessMtl.INFO,
          PcGrad.INFO, GradVac.INFO, GradDrop.INFO, Mgda.INFO, CaGrad.INFO, ImtlG.INFO, Imtl.INFO, NashMtl.INFO, FairGrad.INFO,
          AlignedMtl.INFO, UpGrad.INFO, DualProj.INFO, ConFig.INFO, DbMtl.INFO, MoCo.INFO, SdmGrad.INFO, MoDo.INFO);

  /** Every name, in the same order. */
  public static final List<String> NAMES = ALL.stream().map(StrategyInfo::name).toList();

  private StrategyCatalog() {}

  /**
   * The strategy called {@code name}.
   *
   * @throws InputException naming the known strategies when there is none
   */
  public static StrategyInfo info(String name) {
    return ALL.stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new InputException("unknown strategy '" + name + "'; known: " + String.join(", ", NAMES)));
  }
}
