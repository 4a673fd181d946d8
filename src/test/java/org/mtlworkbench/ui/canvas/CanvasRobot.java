package org.mtlworkbench.ui.canvas;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.inspect.InspectorView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Fixture for the drawing tests: the model pane with its inspector on an editor, and lookups by id and style class. */
final class CanvasRobot {
  /** Dense 64 → dense 32, tasks y1 and y2 on 100 features. */
  static final Path HIGH = Path.of("sample-datasets/correlated-high/experiment.json");
  final FxRobot robot = new FxRobot();

  /** The correlated-high sample (dense layers) in an editor with its dataset known. */
  static ExperimentEditor correlatedHigh() {
    ExperimentEditor editor = new ExperimentEditor();
    editor.open(ExperimentDraft.fromSpec(ExperimentFiles.read(HIGH)), HIGH.getParent(), null);
    List<String> features = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "x" + i).toList();
    editor.datasetProperty().set(new DatasetInfo("correlated-high", 4000, features, List.of(
        TargetInfo("y1"), TargetInfo("y2"))));
    return editor;
  }

  private static org.mtlworkbench.ui.edit.TargetInfo TargetInfo(String name) {
    return org.mtlworkbench.ui.edit.TargetInfo.detected(name, TaskType.REGRESSION, 4000, 0);
  }

  /** Shows the model pane of {@code editor} with its inspector, 1000 × 780. */
  void show(ExperimentEditor editor) throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(stage -> {
      // inside the headless screen (1280 × 800): a larger window overflows its painter
      Scene scene = new Scene(new ModelPaneView(editor, new InspectorView(editor)), 1000, 780);
      for (String css : List.of("base.css", "light.css")) {
        scene.getStylesheets().add(Path.of("assets/css", css).toUri().toString());
      }
      stage.setScene(scene);
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void close() throws Exception {
    FxToolkit.hideStage();
    FxToolkit.cleanupStages();
  }

  static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get(10, SECONDS);
  }

  static void settle() {
    WaitForAsyncUtils.waitForFxEvents();
  }

  boolean present(String id) throws Exception {
    return onFx(() -> robot.lookup("#" + id).tryQuery().isPresent());
  }

  /** How many nodes of the diagram carry {@code styleClass}. */
  int count(String styleClass) throws Exception {
    return onFx(() -> robot.lookup("#modelDiagram ." + styleClass).queryAll().size());
  }

  int links() throws Exception {
    return count("flow-link");
  }

  Bounds bounds(String id) throws Exception {
    return onFx(() -> {
      Node n = robot.lookup("#" + id).query();
      return n.localToScene(n.getLayoutBounds());
    });
  }

  /** The text of the first label matching {@code query}. */
  String text(String query) throws Exception {
    return onFx(() -> robot.lookup(query).<Label>query().getText());
  }

  /** The texts of the layer rows in the block {@code id}. */
  List<String> rows(String id) throws Exception {
    return onFx(() -> robot.lookup("#" + id + " .layer-row").<Label>queryAll().stream().map(Label::getText).toList());
  }

  String field(String row) throws Exception {
    return onFx(() -> robot.lookup("#inspect-" + row).<TextField>query().getText());
  }

  /** The one-line message under the inspector row, "" when none shows. */
  String error(String row) throws Exception {
    return onFx(() -> robot.lookup("#inspect-" + row + "-error").tryQuery().map(n -> ((Label) n).isVisible()
        ? ((Label) n).getText() : "").orElse(""));
  }

  void click(String id) {
    robot.clickOn("#" + id);
    settle();
  }

  void type(String row, String text) {
    robot.doubleClickOn("#inspect-" + row).eraseText(8).write(text).type(KeyCode.ENTER);
    settle();
  }
}
