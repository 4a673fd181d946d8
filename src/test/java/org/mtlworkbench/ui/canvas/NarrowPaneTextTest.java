package org.mtlworkbench.ui.canvas;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.inspect.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** At the narrowest model pane no label is cut short, and the chosen sharing scheme looks chosen in both themes. */
class NarrowPaneTextTest {
  private static final double NARROWEST = 380;
  private final FxRobot robot = new FxRobot();
  private ExperimentEditor editor;
  private ModelPaneView pane;

  private void show(String theme) throws Exception {
    FxToolkit.registerPrimaryStage();
    editor = MultiLeNet.editor();
    FxToolkit.setupStage(stage -> {
      pane = new ModelPaneView(editor, new InspectorView(editor));
      Scene scene = new Scene(pane, NARROWEST, 700);
      for (String css : List.of("base.css", theme)) {
        scene.getStylesheets().add(Path.of("assets/css", css).toUri().toString());
      }
      stage.setScene(scene);
      stage.show();
    });
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

  /** The text on screen of every visible label or button under {@code selector}, against its full text. */
  private void assertNoneCut(String selector) throws Exception {
    List<Labeled> labels = onFx(() -> robot.from(pane).lookup(selector).<Labeled>queryAll().stream()
        .filter(l -> l.isVisible() && l.getScene() != null && !l.getText().isEmpty()).toList());
    assertThat(labels).isNotEmpty();
    for (Labeled l : labels) {
      String shown = onFx(() -> robot.from(l).lookup(".text").<Text>query().getText());
      assertThat(shown).as(l.getText()).isEqualTo(l.getText());
    }
  }

  @Test
  void theLambdaLabelAndTheLockBannerAreWhole() throws Exception {
    show("light.css");
    onFx(() -> editor.setSharing(Sharing.SOFT));
    onFx(() -> {
      editor.lockedProperty().set(true);
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();

    assertNoneCut("#lambdaControl .label");
    assertNoneCut("#lockBanner");
    assertNoneCut("#layerButtons .label");
  }

  private Color background(ToggleButton b) throws Exception {
    return onFx(() -> {
      List<BackgroundFill> fills = b.getBackground().getFills();
      return (Color) fills.get(fills.size() - 1).getFill();
    });
  }

  @Test
  void inTheDarkThemeTheSelectedSharingButtonIsFilledWithTheAccentAndTheOthersAreNot() throws Exception {
    show("dark.css");
    ToggleButton hard = robot.from(pane).lookup("#sharingHard").query();
    ToggleButton soft = robot.from(pane).lookup("#sharingSoft").query();
    assertThat(onFx(hard::isSelected)).isTrue();

    Color accent = Color.web("#3574c4"); // -mtl-accent of dark.css
    assertThat(background(hard)).isEqualTo(accent);
    assertThat(background(soft)).isNotEqualTo(accent);
    assertThat(onFx(() -> ((Text) robot.from(hard).lookup(".text").query()).getFill())).isEqualTo(Color.WHITE);
  }
}
