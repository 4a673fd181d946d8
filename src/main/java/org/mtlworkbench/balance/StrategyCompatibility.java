package org.mtlworkbench.balance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.Sharing;

/**
 * Which strategy runs with which sharing scheme, decided in this one place before a run starts:
 * the command line ({@code train}, {@code sweep}), the run assembler and the window's validation
 * all ask here. The rule is the strategy's {@link Requirement} (given its options: MGDA-UB needs
 * more than MGDA); the documentation's compatibility table is checked against it by a test.
 */
public final class StrategyCompatibility {
  private StrategyCompatibility() {}

  /**
   * Why {@code strategy} cannot run under {@code sharing}, as one line, or empty when it can.
   *
   * @throws InputException for an unknown strategy or an invalid option (which the run would
   *     report the same way)
   */
  public static Optional<String> problem(StrategySpec strategy, Sharing sharing) {
    StrategyInfo info = StrategyCatalog.info(strategy.name());
    Requirement requirement = info.requirement().apply(Strategies.options(strategy, 1.0));
    if (requirement.supports(sharing)) {
      return Optional.empty();
    }
    List<String> fits = Arrays.stream(Sharing.values()).filter(requirement::supports).map(StrategyCompatibility::words).toList();
    return Optional.of("strategy '" + info.name() + "' does not work with " + words(sharing) + ": " + requirement.whyNot()
        + "; use it with " + or(fits) + ", or choose a strategy that works with " + words(sharing));
  }

  /**
   * @throws InputException with {@link #problem}'s line when {@code strategy} cannot run under
   *     {@code sharing}
   */
  public static void check(StrategySpec strategy, Sharing sharing) {
    problem(strategy, sharing).ifPresent(p -> {
      throw new InputException(p);
    });
  }

  /** Whether the strategy {@code name} with its default options runs under {@code sharing}. */
  public static boolean supports(String name, Sharing sharing) {
    return problem(StrategySpec.named(name), sharing).isEmpty();
  }

  private static String words(Sharing s) {
    return switch (s) {
      case HARD -> "hard sharing";
      case SOFT -> "soft sharing";
      default -> s.id();
    };
  }

  private static String or(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }
}
