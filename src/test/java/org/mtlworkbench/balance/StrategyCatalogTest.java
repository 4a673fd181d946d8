package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every registered strategy is fully described, and its description matches what its factory does. */
class StrategyCatalogTest {

  static List<String> names() {
    return StrategyCatalog.NAMES;
  }

  @ParameterizedTest
  @MethodSource("names")
  void hasATitleAOneLineSummaryAndACitation(String name) {
    StrategyInfo info = StrategyCatalog.info(name);
    assertThat(info.title()).isNotBlank();
    assertThat(info.summary()).isNotBlank().doesNotContain("\n").hasSizeLessThan(140);
    assertThat(info.citation().authors()).isNotBlank();
    assertThat(info.citation().year()).isBetween(1990, 2030);
    assertThat(info.citation().toString()).contains(info.citation().title()).contains(info.citation().venue());
    for (OptionInfo o : info.options()) {
      assertThat(o.help()).as(name + "." + o.name()).isNotBlank().doesNotContain("\n");
      assertThat(o.rule()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void declaresExactlyTheOptionsItsFactoryReads(String name) {
    StrategyInfo info = StrategyCatalog.info(name);
    ResolvedOptions options = Strategies.options(StrategySpec.named(name), 0.01);
    BalancingStrategy s = info.factory().create(options, Setups.regression(List.of("a", "b", "c")));
    info.requirement().apply(options);
    assertThat(s.name()).isEqualTo(name);
    Set<String> declared = new HashSet<>(info.options().stream().map(OptionInfo::name).toList());
    assertThat(options.read()).as("options read by the factory of " + name).containsExactlyInAnyOrderElementsOf(declared);
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyDefaultIsValidAndEveryBoundIsEnforced(String name) {
    for (OptionInfo o : StrategyCatalog.info(name).options()) {
      double value = o.defaultValue() == null ? 0.01 : o.defaultValue();
      assertThat(o.accepts(value)).as(name + "." + o.name()).isTrue();
      assertThat(o.accepts(Double.NaN)).isFalse();
      if (o.min() != Double.NEGATIVE_INFINITY) {
        assertThat(o.accepts(o.min())).isEqualTo(o.minInclusive());
        assertThat(o.accepts(o.min() - 1)).isFalse();
      }
      if (o.max() != Double.POSITIVE_INFINITY) {
        assertThat(o.accepts(o.max())).isEqualTo(o.maxInclusive());
        assertThat(o.accepts(o.max() + 1)).isFalse();
      }
    }
  }

  @Test
  void namesAreUniqueAndTheOldTwelveAreAllThere() {
    assertThat(StrategyCatalog.NAMES).doesNotHaveDuplicates();
    assertThat(Strategies.NAMES).isSameAs(StrategyCatalog.NAMES);
    assertThat(StrategyCatalog.NAMES).contains("equal", "static", "uncertainty", "gradnorm", "dwa", "rlw", "pcgrad", "mgda", "cagrad",
        "imtl", "nash", "aligned", "upgrad", "dualproj", "gradvac", "graddrop", "fairgrad", "famo", "dbmtl", "stch", "excessmtl", "moco",
        "sdmgrad", "modo", "gls", "config", "imtl-l", "imtl-lg");
    assertThat(StrategyCatalog.info("static").usesTaskWeights()).isTrue();
    assertThat(StrategyCatalog.ALL.stream().filter(StrategyInfo::usesTaskWeights).map(StrategyInfo::name)).containsExactly("static");
  }

  @Test
  void rulesReadAsTheErrorMessagesSayThem() {
    assertThat(Famo.LEARNING_RATE.rule()).isEqualTo("> 0");
    assertThat(Famo.DECAY.rule()).isEqualTo("≥ 0");
    assertThat(GradDrop.LEAK.rule()).isEqualTo("in [0, 1]");
    assertThat(DbMtl.BETA.rule()).isEqualTo("in [0, 1)");
    assertThat(SmoothTchebycheff.WARMUP_EPOCHS.rule()).isEqualTo("an integer ≥ 0");
    assertThat(Mgda.UPPER_BOUND.rule()).isEqualTo("0 or 1");
    assertThat(UncertaintyWeighting.LEARNING_RATE.defaultText()).isEqualTo("the optimiser's learning rate");
    assertThat(Famo.DECAY.defaultText()).isEqualTo("0.001");
    assertThat(SmoothTchebycheff.WARMUP_EPOCHS.defaultText()).isEqualTo("4");
    assertThat(UpGrad.REGULARIZATION.defaultText()).isEqualTo("0.0001");
    // the one line the window shows for a value typed into an option's field is the run's error
    assertThat(GradDrop.LEAK.problem("graddrop", 0.5)).isEmpty();
    assertThat(GradDrop.LEAK.problem("graddrop", 2)).contains("strategy.options.leak of 'graddrop' must be in [0, 1], got 2");
  }

  @Test
  void staticReadsItsWeightsFromTheSpec() {
    ResolvedOptions o = Strategies.options(new StrategySpec("static", Map.of("b", 3.0)), 0.01);
    BalancingStrategy s = StrategyCatalog.info("static").factory().create(o, Setups.regression(List.of("a", "b")));
    assertThat(s.combine(Setups.losses(0, 0, 1, 1)).weights()).containsExactly(1, 3);
  }
}
