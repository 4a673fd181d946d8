package org.mtlworkbench.ui.canvas;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The middle of the window: the model's title with the sharing control, the diagram (with the λ
 * control under soft sharing, the layer buttons, the lock banner while training and what keeps
 * the model from running) above the inspector.
 */
public final class ModelPaneView extends VBox {
  public static final String LOCKED_TEXT = "Training — the model is locked. Stop the run to change it.";

  /**
   * The editor's problems, which the warning below follows.
   */
  private final ObservableList<String> problemList;

  public ModelPaneView(ExperimentEditor editor, Node inspector) {
    problemList = editor.problems();
    setId("modelPane");
    getStyleClass().add("workbench-area");

    Label title = new Label("Model");
    title.getStyleClass().add("area-title-text");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label sharing = new Label("Sharing");
    sharing.getStyleClass().add("muted-label");
    SharingSelector selector = new SharingSelector(editor);
    title.setMinWidth(Region.USE_PREF_SIZE);
    HBox header = new HBox(10, title, grow, sharing, selector);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("area-header");
    // In a narrow pane the word "Sharing" gives way, so that the four scheme names stay whole.
    sharing.managedProperty().bind(sharing.visibleProperty());
    sharing.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> header.getWidth() == 0 || header.getWidth() - header.snappedLeftInset() - header.snappedRightInset()
            >= title.prefWidth(-1) + sharing.prefWidth(-1) + selector.prefWidth(-1) + 3 * header.getSpacing(),
        header.widthProperty()));

    Label lock = new Label(LOCKED_TEXT);
    lock.setId("lockBanner");
    lock.getStyleClass().add("lock-banner");
    lock.setMaxWidth(Double.MAX_VALUE);
    lock.setWrapText(true); // on two lines in a narrow pane rather than "Stop the run to …"
    lock.setMinHeight(Region.USE_PREF_SIZE);
    lock.visibleProperty().bind(editor.lockedProperty());
    lock.managedProperty().bind(lock.visibleProperty());

    ModelDiagram diagram = new ModelDiagram(editor);
    ScrollPane scroll = new ScrollPane();
    scroll.setContent(new ShrinkToFit(diagram, scroll));
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.getStyleClass().add("plain-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Label problems = new Label();
    problems.setId("problemsLabel");
    problems.getStyleClass().add("problems");
    problems.setWrapText(true);
    problems.setMaxWidth(Double.MAX_VALUE);
    Runnable showProblems = () -> {
      problems.setText(problemList.isEmpty() ? "" : "⚠  " + String.join("\n⚠  ", problemList));
      problems.setVisible(!problemList.isEmpty());
    };
    problems.managedProperty().bind(problems.visibleProperty());
    problemList.addListener((ListChangeListener<String>) c -> showProblems.run());
    showProblems.run();

    VBox canvas = new VBox(6, new LambdaControl(editor), new LayerButtons(editor), lock, scroll, problems);
    canvas.getStyleClass().add("canvas-box");
    SplitPane split = new SplitPane(canvas, inspector);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.62);
    split.getStyleClass().add("plain-split");
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(header, split);
  }
}
