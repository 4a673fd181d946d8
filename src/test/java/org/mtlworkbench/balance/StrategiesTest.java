package org.mtlworkbench.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;

class StrategiesTest {
  private static final List<String> TASKS = List.of("a", "b", "c");
  private static final StrategySetup SETUP = Setups.regression(TASKS);

  private static BalancingStrategy create(StrategySpec spec) {
    return Strategies.create(spec, SETUP);
  }

  @Test
  void equalGivesOnes() {
    Combination c = create(StrategySpec.named("equal")).combine(Setups.losses(0, 0, 1, 2, 3));
    assertThat(c.weights()).containsExactly(1, 1, 1);
    assertThat(c.coefficients()).containsExactly(1, 1, 1);
  }

  @Test
  void staticUsesNamedWeightsAndOneForTheRest() {
    BalancingStrategy s = create(new StrategySpec("static", Map.of("b", 0.25, "c", 4.0)));
    assertThat(s.needsTaskGradients()).isFalse();
    assertThat(s.combine(Setups.losses(0, 0, 1, 1, 1)).weights()).containsExactly(1, 0.25, 4);
  }

  @Test
  void staticRejectsUnknownTaskAndNegativeWeight() {
    assertThatThrownBy(() -> create(new StrategySpec("static", Map.of("z", 1.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'z'")
        .hasMessageContaining("a, b, c");
    assertThatThrownBy(() -> create(new StrategySpec("static", Map.of("a", -1.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("strategy.weights.a");
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> create(StrategySpec.named("gradnrom")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("gradnrom")
        .hasMessageContaining("pcgrad")
        .hasMessageContaining("nash");
  }

  @Test
  void everyNameCreatesItsStrategy() {
    for (String name : Strategies.NAMES) {
      assertThat(create(StrategySpec.named(name)).name()).isEqualTo(name);
    }
    assertThat(Strategies.NAMES)
        .contains("uncertainty", "gradnorm", "dwa", "rlw", "mgda", "cagrad", "imtl", "nash", "aligned");
  }

  @Test
  void whoNeedsGradients() {
    for (String name : List.of("equal", "static", "uncertainty", "dwa", "rlw", "gls", "imtl-l", "stch", "famo")) {
      assertThat(create(StrategySpec.named(name)).needsTaskGradients()).as(name).isFalse();
    }
    for (String name : List.of("gradnorm", "excessmtl", "pcgrad", "mgda", "cagrad", "imtl", "nash", "aligned", "upgrad", "config")) {
      assertThat(create(StrategySpec.named(name)).needsTaskGradients()).as(name).isTrue();
    }
  }

  @Test
  void anUnknownOptionNamesTheStrategyAndItsOptions() {
    assertThatThrownBy(() -> create(new StrategySpec("gradnorm", null, Map.of("alfa", 1.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("strategy.options.alfa")
        .hasMessageContaining("'gradnorm'")
        .hasMessageContaining("alpha, learningRate");
    assertThatThrownBy(() -> create(new StrategySpec("imtl", null, Map.of("c", 1.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'imtl' takes no options");
    assertThatThrownBy(() -> create(new StrategySpec("mgda", null, Map.of("c", 1.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("its options are: upperBound");
  }

  @Test
  void optionValuesOutOfRangeAreNamed() {
    assertThatThrownBy(() -> create(new StrategySpec("dwa", null, Map.of("temperature", 0.0))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("strategy.options.temperature")
        .hasMessageContaining("> 0");
    assertThatThrownBy(() -> create(new StrategySpec("cagrad", null, Map.of("c", -0.5))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("strategy.options.c");
  }

  @Test
  void defaultsComeFromTheOptionDescriptors() {
    assertThat(Strategies.options(StrategySpec.named("gradnorm"), 0.003).values())
        .containsEntry("alpha", 1.5).containsEntry("learningRate", 0.003);
    assertThat(Strategies.options(StrategySpec.named("dwa"), 0.003).values()).containsExactly(Map.entry("temperature", 2.0));
    assertThat(Strategies.options(new StrategySpec("cagrad", null, Map.of("c", 0.2)), 0.003).values())
        .containsExactly(Map.entry("c", 0.2));
    assertThat(Strategies.options(StrategySpec.named("uncertainty"), 0.003).values())
        .containsExactly(Map.entry("learningRate", 0.003));
  }

  @Test
  void integerAndSwitchOptionsRefuseFractions() {
    assertThatThrownBy(() -> create(new StrategySpec("stch", null, Map.of("warmupEpochs", 1.5))))
        .isInstanceOf(InputException.class)
        .hasMessage("strategy.options.warmupEpochs of 'stch' must be an integer ≥ 0, got 1.5");
    assertThatThrownBy(() -> create(new StrategySpec("mgda", null, Map.of("upperBound", 0.5))))
        .isInstanceOf(InputException.class)
        .hasMessage("strategy.options.upperBound of 'mgda' must be 0 or 1, got 0.5");
    assertThatThrownBy(() -> create(new StrategySpec("graddrop", null, Map.of("leak", 2.0))))
        .isInstanceOf(InputException.class)
        .hasMessage("strategy.options.leak of 'graddrop' must be in [0, 1], got 2");
    assertThat(create(new StrategySpec("stch", null, Map.of("warmupEpochs", 0.0))).name()).isEqualTo("stch");
  }

  @Test
  void gradNormNeedsASharedLayer() {
    StrategySetup none = new StrategySetup(TASKS, List.of(TaskType.REGRESSION, TaskType.REGRESSION, TaskType.REGRESSION), List.of(), 0.01, 1);
    assertThatThrownBy(() -> Strategies.create(StrategySpec.named("gradnorm"), none))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("gradnorm")
        .hasMessageContaining("model.backbone");
  }

  @Test
  void optionsAreReadFromAndWrittenToExperimentFiles() throws Exception {
    String json = "{\"schemaVersion\": 1, \"data\": {\"csv\": \"d.csv\"}, \"tasks\": [{\"target\": \"y\"}],"
        + " \"strategy\": {\"name\": \"gradnorm\", \"options\": {\"alpha\": 0.5}}}";
    ExperimentSpec spec = ExperimentFiles.parse(json, "e.json");
    assertThat(spec.strategy().options()).containsExactly(Map.entry("alpha", 0.5));
    String written = ExperimentFiles.mapper().writeValueAsString(spec);
    assertThat(ExperimentFiles.parse(written, "again.json").strategy()).isEqualTo(spec.strategy());
  }

  @Test
  void renamingKeepsOptionsOnlyForTheSameStrategy() {
    StrategySpec s = new StrategySpec("cagrad", Map.of("a", 2.0), Map.of("c", 0.2));
    assertThat(s.withName("cagrad").options()).containsEntry("c", 0.2);
    assertThat(s.withName("mgda").options()).isEmpty();
    assertThat(s.withName("mgda").weights()).containsEntry("a", 2.0);
  }
}
