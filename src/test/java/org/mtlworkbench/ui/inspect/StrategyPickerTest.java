package org.mtlworkbench.ui.inspect;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.balance.OptionInfo;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The strategy picker: every strategy described with its paper, every option it declares editable and checked. */
class StrategyPickerTest {
  private static final Path HIGH = Path.of("sample-datasets/correlated-high/experiment.json");
  private final FxRobot robot = new FxRobot();
  private ExperimentEditor editor;

  @BeforeEach
  void showTheStrategySection() throws Exception {
    FxToolkit.registerPrimaryStage();
    editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(ExperimentFiles.read(HIGH)), HIGH.getParent(), null);
    FxToolkit.setupStage(stage -> {
      Scene scene = new Scene(new InspectorView(editor), 520, 640);
      for (String css : List.of("base.css", "light.css")) {
        scene.getStylesheets().add(Path.of("assets/css", css).toUri().toString());
      }
      stage.setScene(scene);
      stage.show();
    });
    robot.clickOn("#inspectStrategy");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.hideStage();
    FxToolkit.cleanupStages();
  }

  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  private String about() throws Exception {
    return onFx(() -> robot.lookup("#inspectorAbout").<Label>query().getText());
  }

  private List<String> rowNames() throws Exception {
    return onFx(() -> robot.lookup("#propertySheet").<PropertySheet>query().getItems().stream()
        .map(PropertySheet.Item::getName).toList());
  }

  @Test
  void theListShowsAllStrategiesWithTheirSummaryAndPickingOneShowsItsPaperAndOptions() throws Exception {
    robot.clickOn("#inspect-strategy");
    WaitForAsyncUtils.waitForFxEvents();
    ComboBox<String> box = robot.lookup("#inspect-strategy").query();
    assertThat(onFx(() -> box.getItems())).hasSize(28).containsExactlyElementsOf(StrategyCatalog.NAMES);
    StrategyInfo gradnorm = StrategyCatalog.info("gradnorm");
    Node cell = onFx(() -> robot.lookup(".list-cell").<ListCell<String>>queryAll().stream()
        .filter(c -> "gradnorm".equals(c.getItem())).findFirst().orElseThrow());
    List<String> shown = onFx(() -> robot.from(cell).lookup(".label").<Label>queryAll().stream().map(Label::getText).toList());
    assertThat(shown).contains("GradNorm  ·  gradnorm", gradnorm.summary());

    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> editor.draft().strategy().name())).isEqualTo("gradnorm");
    assertThat(about()).isEqualTo("GradNorm — " + gradnorm.summary() + ".\nPaper: Chen, Badrinarayanan, Lee & Rabinovich"
        + " (2018), \u201cGradNorm: Gradient Normalization for Adaptive Loss Balancing in Deep Multitask Networks\u201d,"
        + " ICML 2018.\nLoss weighting; works with Hard, Soft, Cross-stitch, MTAN.");
    assertThat(rowNames()).containsExactly("Strategy", "alpha", "learningRate");
    assertThat(onFx(() -> robot.lookup("#inspect-alpha").<TextField>query().getText())).isEqualTo("1.5");
    // no default of its own: the optimiser's learning rate (0.001 in the sample)
    assertThat(onFx(() -> robot.lookup("#inspect-learningrate").<TextField>query().getText())).isEqualTo("0.001");
  }

  @Test
  void anOptionOutsideItsRangeIsRefusedAtTheFieldWithItsRuleAndAValidOneIsKept() throws Exception {
    onFx(() -> editor.chooseStrategy("cagrad"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(rowNames()).containsExactly("Strategy", "c");

    robot.doubleClickOn("#inspect-c").eraseText(6).write("-0.2").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> robot.lookup("#inspect-c-error").<Label>query().getText()))
        .isEqualTo("strategy.options.c of 'cagrad' must be ≥ 0, got -0.2"); // CaGrad declares c ≥ 0
    assertThat(onFx(() -> editor.draft().strategy().options())).isEmpty();

    robot.doubleClickOn("#inspect-c").eraseText(6).write("0.25").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> editor.draft().strategy().options())).containsEntry("c", 0.25);
    assertThat(onFx(() -> robot.lookup("#inspect-c-error").<Label>query().isVisible())).isFalse();
  }

  @Test
  void aSwitchOptionIsATickBoxAndTheSchemesItWorksWithFollowTheOptions() throws Exception {
    onFx(() -> editor.chooseStrategy("mgda"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(about()).endsWith("works with Hard, Cross-stitch, MMoE, MTAN, CGC, PLE, DSelect-k.");

    robot.clickOn("#inspect-upperbound");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(onFx(() -> editor.draft().strategy().options())).containsEntry("upperBound", 1.0);
    assertThat(onFx(() -> robot.lookup("#inspect-upperbound").<CheckBox>query().isSelected())).isTrue();
    assertThat(about()).endsWith("works with Hard."); // MGDA-UB needs the one representation of hard sharing
  }

  @Test
  void everyStrategyShowsARowForEachOptionItDeclaresWithItsRuleInTheTooltip() throws Exception {
    for (StrategyInfo info : StrategyCatalog.ALL) {
      onFx(() -> editor.chooseStrategy(info.name()));
      WaitForAsyncUtils.waitForFxEvents();
      List<String> expected = new java.util.ArrayList<>(List.of("Strategy"));
      info.options().stream().map(OptionInfo::name).forEach(expected::add);
      if (info.usesTaskWeights()) {
        expected.addAll(List.of("Weight y1", "Weight y2"));
      }
      assertThat(rowNames()).as(info.name()).containsExactlyElementsOf(expected);
      assertThat(about()).as(info.name()).startsWith(info.title() + " — " + info.summary()).contains(info.citation().toString());
      for (OptionInfo o : info.options()) {
        String tip = onFx(() -> robot.lookup("#propertySheet").<PropertySheet>query().getItems().stream()
            .filter(i -> i.getName().equals(o.name())).findFirst().orElseThrow().getDescription());
        assertThat(tip).as(info.name() + "." + o.name()).contains(o.help()).contains(o.rule()).contains(o.defaultText());
      }
    }
    assertThat(onFx(() -> editor.selectionProperty().get())).isEqualTo(new Selection.Strategy());
  }
}
