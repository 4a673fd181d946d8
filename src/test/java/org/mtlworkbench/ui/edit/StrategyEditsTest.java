package org.mtlworkbench.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.StrategySpec;

/** The strategy picker's edits: choose a strategy, set its options within their rules, undo each. */
class StrategyEditsTest {
  private final ExperimentEditor editor = Drafts.emptyImbalanced();

  StrategyEditsTest() {
    editor.addTask("y1");
    editor.addTask("y2");
  }

  @Test
  void anOptionInItsRangeIsSetAndAnOutOfRangeOneIsRefusedWithTheOptionsOwnLine() {
    editor.chooseStrategy("gradnorm");

    assertThat(editor.setStrategyOption("alpha", 0.5)).isTrue();
    assertThat(editor.draft().strategy().options()).containsEntry("alpha", 0.5);

    assertThat(editor.setStrategyOption("alpha", -1.0)).isFalse();
    // GradNorm's alpha is declared ≥ 0 (OptionInfo.real("alpha", 1.5, 0, false, …))
    assertThat(editor.lastErrorProperty().get()).isEqualTo("strategy.options.alpha of 'gradnorm' must be ≥ 0, got -1");
    assertThat(editor.draft().strategy().options()).containsEntry("alpha", 0.5);

    assertThat(editor.setStrategyOption("learningRate", 0.0)).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("strategy.options.learningRate of 'gradnorm' must be > 0, got 0");
    assertThat(editor.setStrategyOption("c", 0.4)).isFalse();
    assertThat(editor.lastErrorProperty().get()).isEqualTo("strategy 'gradnorm' has no option 'c'");
  }

  @Test
  void eachChoiceAndEachOptionValueIsItsOwnUndoStep() {
    editor.chooseStrategy("cagrad");
    editor.chooseStrategy("gradnorm");
    editor.setStrategyOption("alpha", 2.0);
    editor.setStrategyOption("alpha", 3.0);

    editor.undo();
    assertThat(editor.draft().strategy().options()).containsEntry("alpha", 2.0);
    editor.undo();
    assertThat(editor.draft().strategy()).isEqualTo(StrategySpec.named("gradnorm"));
    editor.undo();
    assertThat(editor.draft().strategy().name()).isEqualTo("cagrad");
  }

  @Test
  void choosingAnotherStrategyDropsTheOptionsOfTheOneLeftAndKeepsTheStaticWeights() {
    editor.setStrategy(new StrategySpec("static", Map.of("y1", 2.0)));
    editor.chooseStrategy("cagrad");
    editor.setStrategyOption("c", 0.2);

    editor.chooseStrategy("gradnorm");

    assertThat(editor.draft().strategy().options()).isEmpty();
    assertThat(editor.draft().strategy().weights()).containsEntry("y1", 2.0);
  }

  @Test
  void takingATaskOffKeepsTheStrategysOptions() {
    editor.chooseStrategy("cagrad");
    editor.setStrategyOption("c", 0.2);

    editor.removeTask("y2");

    assertThat(editor.draft().strategy().options()).containsEntry("c", 0.2);
  }
}
