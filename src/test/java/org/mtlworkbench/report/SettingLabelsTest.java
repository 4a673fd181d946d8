package org.mtlworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings read as words, not JSON paths or enum names. */
class SettingLabelsTest {
  @Test
  void pathsAndValuesReadAsWords() {
    assertThat(SettingLabels.label("learningRate")).isEqualTo("learning rate");
    assertThat(SettingLabels.label("optimizer.learningRate")).isEqualTo("optimiser: learning rate");
    assertThat(SettingLabels.label("strategy.name")).isEqualTo("strategy");
    assertThat(SettingLabels.label("name")).as("the experiment's name, in a list of differing settings").isEqualTo("experiment");
    assertThat(SettingLabels.label("backbone[1].units")).isEqualTo("backbone layer 2 units");
    assertThat(SettingLabels.label("model.backbone[0].dropout")).isEqualTo("model: backbone layer 1 dropout");
    assertThat(SettingLabels.label("someNewSetting")).isEqualTo("some new setting");
    assertThat(SettingLabels.value("REGRESSION")).isEqualTo("regression");
    assertThat(SettingLabels.value("MULTI_CLASS")).isEqualTo("multi class");
    assertThat(SettingLabels.value("true")).isEqualTo("yes");
    assertThat(SettingLabels.value("0.001")).isEqualTo("0.001");
    assertThat(SettingLabels.value(null)).isEqualTo("–");
  }
}
