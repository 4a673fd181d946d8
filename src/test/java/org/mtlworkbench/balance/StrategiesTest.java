package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;

class StrategiesTest {
  private static final List<String> TASKS = List.of("a", "b", "c");

  @Test
  void equalGivesOnes() {
    Combination c = Strategies.create(StrategySpec.named("equal"), TASKS, 1).combine(new StepContext(0, 0, new double[3], null));
    assertThat(c.weights()).containsExactly(1, 1, 1);
    assertThat(c.coefficients()).containsExactly(1, 1, 1);
  }

  @Test
  void staticUsesNamedWeightsAndOneForTheRest() {
    BalancingStrategy s = Strategies.create(new StrategySpec("static", Map.of("b", 0.25, "c", 4.0)), TASKS, 1);
    assertThat(s.needsTaskGradients()).isFalse();
    assertThat(s.combine(new StepContext(0, 0, new double[3], null)).weights()).containsExactly(1, 0.25, 4);
  }

  @Test
  void staticRejectsUnknownTaskAndNegativeWeight() {
    assertThatThrownBy(() -> Strategies.create(new StrategySpec("static", Map.of("z", 1.0)), TASKS, 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'z'")
        .hasMessageContaining("a, b, c");
    assertThatThrownBy(() -> Strategies.create(new StrategySpec("static", Map.of("a", -1.0)), TASKS, 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("strategy.weights.a");
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Strategies.create(StrategySpec.named("gradnrom"), TASKS, 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("gradnrom")
        .hasMessageContaining("pcgrad");
  }
}
