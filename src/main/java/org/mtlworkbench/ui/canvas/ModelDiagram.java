package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The model drawn as blocks and links, redrawn from the draft after every edit: the input block,
 * then whatever the sharing scheme's {@link ArchitectureDrawing} draws below it (backbone, towers,
 * stitch units, experts and gates, and the heads). Task cards dropped anywhere on it become tasks;
 * clicking a part selects it for the inspector.
 */
public final class ModelDiagram extends DiagramRegion {
  private final ExperimentEditor editor;

  public ModelDiagram(ExperimentEditor editor) {
    this.editor = editor;
    setId("modelDiagram");
    TaskDrag.acceptOn(this, TaskDrag.CARD, target -> !editor.lockedProperty().get() && editor.addTask(target));
    editor.draftProperty().addListener((obs, old, now) -> render());
    editor.datasetProperty().addListener((obs, old, now) -> render());
    editor.selectionProperty().addListener((obs, old, now) -> render());
    render();
  }

  private void render() {
    ExperimentDraft d = editor.draft();
    if (d == null) {
      return;
    }
    ShapeFlow flow = ShapeFlow.of(d, editor.datasetProperty().get());
    VBox input = Blocks.block("inputBlock", "Input", "input-block");
    input.getChildren().add(inputRow(flow));
    List<Link> links = new ArrayList<>();
    VBox column = new VBox(DiagramParts.GAP, input);
    column.setAlignment(Pos.TOP_CENTER);
    column.getStyleClass().add("diagram-column");
    column.getChildren().addAll(ArchitectureDrawings.of(d.sharing()).draw(new DiagramParts(editor, flow, input), links));
    show(column, links);
  }

  /** "1×28×28 image" or "50 features", flagged when the image does not hold the data's features. */
  private static Label inputRow(ShapeFlow flow) {
    FeatureShape in = flow.input();
    Label row = Blocks.row(in == null ? "features" : in.isImage() ? in + " image" : in.width() + " features", false);
    row.setId("inputShape");
    if (flow.inputProblem() != null) {
      row.getStyleClass().add("shape-error");
      row.setTooltip(new Tooltip(flow.inputProblem()));
    }
    return row;
  }
}
