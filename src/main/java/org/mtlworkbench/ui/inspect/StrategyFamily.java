package org.mtlworkbench.ui.inspect;

import org.mtlworkbench.balance.Requirement;
import org.mtlworkbench.balance.Strategies;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.balance.StrategySpec;

/**
 * The two families the strategies fall into, as the picker and the glossary name them. Read from
 * what a strategy needs from the model ({@link Requirement}, with its default options): one that
 * combines the tasks' gradients into a shared update needs parameters all tasks share; one that
 * only weights the losses (possibly looking at gradient sizes) does not. The catalogue lists them
 * in this order.
 */
public enum StrategyFamily {
  LOSS_WEIGHTING("Loss weighting", "weights each task's loss (fixed, learned, or from how the losses and gradient sizes"
      + " move) and trains on the weighted sum"),
  GRADIENT_COMBINATION("Gradient combination", "takes each task's gradient on the shared parameters and combines them"
      + " into one update (projecting, dropping or rescaling the parts that conflict)");

  private final String title;
  private final String description;

  StrategyFamily(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public String title() {
    return title;
  }

  /** What the strategies of the family do, as the end of "A strategy of this family …". */
  public String description() {
    return description;
  }

  public static StrategyFamily of(StrategyInfo info) {
    Requirement r = info.requirement().apply(Strategies.options(StrategySpec.named(info.name()), 1.0));
    return r == Requirement.SHARED_PARAMETERS || r == Requirement.SHARED_REPRESENTATION ? GRADIENT_COMBINATION : LOSS_WEIGHTING;
  }
}
