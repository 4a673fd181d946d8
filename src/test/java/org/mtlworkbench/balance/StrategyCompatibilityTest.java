package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.model.Sharing;

class StrategyCompatibilityTest {

  @Test
  void gradientCombinationNeedsParametersAllTasksShare() {
    for (String name : new String[] {"pcgrad", "upgrad", "dualproj", "fairgrad", "config", "dbmtl", "moco", "graddrop", "imtl-lg"}) {
      assertThat(StrategyCompatibility.supports(name, Sharing.HARD)).as(name).isTrue();
      assertThat(StrategyCompatibility.supports(name, Sharing.CROSS_STITCH)).as(name).isTrue();
      for (Sharing s : new Sharing[] {Sharing.MMOE, Sharing.MTAN, Sharing.CGC, Sharing.PLE, Sharing.DSELECT_K}) {
        assertThat(StrategyCompatibility.supports(name, s)).as(name + " " + s).isTrue();
      }
      assertThat(StrategyCompatibility.supports(name, Sharing.SOFT)).as(name).isFalse();
    }
    for (String name : new String[] {"equal", "famo", "stch", "gls", "imtl-l", "excessmtl", "uncertainty"}) {
      for (Sharing s : Sharing.values()) {
        assertThat(StrategyCompatibility.supports(name, s)).as(name + " " + s).isTrue();
      }
    }
  }

  @Test
  void theReasonIsOneLineNamingStrategySchemeAndWhatWouldWork() {
    String p = StrategyCompatibility.problem(StrategySpec.named("upgrad"), Sharing.SOFT).orElseThrow();
    assertThat(p).isEqualTo("strategy 'upgrad' does not work with soft sharing: it combines the tasks' gradients on parameters all"
        + " tasks share, and soft sharing has none (each task has its own tower); use it with hard sharing, cross-stitch, mmoe,"
        + " mtan, cgc, ple or dselect-k, or choose a strategy that works with soft sharing");
    for (Sharing s : new Sharing[] {Sharing.MMOE, Sharing.CGC, Sharing.PLE, Sharing.DSELECT_K}) {
      assertThat(StrategyCompatibility.problem(StrategySpec.named("gradnorm"), s).orElseThrow())
          .isEqualTo("strategy 'gradnorm' does not work with " + s.id() + ": it balances gradient norms on the last layer every"
              + " task passes through, and a mixture of experts (mmoe, cgc, ple, dselect-k) has none: its experts run side by"
              + " side, each task mixing them through its own gate; use it with hard sharing, soft sharing, cross-stitch or mtan,"
              + " or choose a strategy that works with " + s.id());
    }
    assertThat(StrategyCompatibility.problem(StrategySpec.named("gradnorm"), Sharing.MTAN)).isEmpty();
  }

  @Test
  void anOptionCanChangeTheRequirement() {
    StrategySpec ub = new StrategySpec("mgda", null, Map.of("upperBound", 1.0));
    assertThat(StrategyCompatibility.problem(ub, Sharing.HARD)).isEmpty();
    assertThat(StrategyCompatibility.problem(StrategySpec.named("mgda"), Sharing.CROSS_STITCH)).isEmpty();
    for (Sharing s : new Sharing[] {Sharing.MTAN, Sharing.CGC, Sharing.PLE, Sharing.DSELECT_K}) {
      assertThat(StrategyCompatibility.problem(StrategySpec.named("mgda"), s)).isEmpty();
      assertThat(StrategyCompatibility.problem(ub, s).orElseThrow()).contains("only hard sharing has");
    }
    assertThatThrownBy(() -> StrategyCompatibility.check(ub, Sharing.CROSS_STITCH))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("one representation all tasks read")
        .hasMessageContaining("use it with hard sharing,");
  }

  @Test
  void unknownStrategiesAndBadOptionsAreReportedAsSuch() {
    assertThatThrownBy(() -> StrategyCompatibility.check(StrategySpec.named("upgrd"), Sharing.HARD))
        .isInstanceOf(InputException.class).hasMessageStartingWith("unknown strategy 'upgrd'");
    assertThatThrownBy(() -> StrategyCompatibility.check(new StrategySpec("famo", null, Map.of("decay", -1.0)), Sharing.HARD))
        .isInstanceOf(InputException.class).hasMessageStartingWith("strategy.options.decay");
  }
}
