package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;
import org.mtlworkbench.ui.edit.TargetInfo;

/**
 * The model drawn as blocks and links, redrawn from the draft after every edit: input → shared
 * backbone → one head per task (hard sharing), or input → one tower per task, tied side by side,
 * → its head (soft sharing). Task cards dropped anywhere on it become tasks; clicking a layer, a
 * head or a tower selects it for the inspector.
 */
public final class ModelDiagram extends DiagramRegion {
  private final ExperimentEditor editor;
  private ShapeFlow flow;

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
    List<Link> links = new ArrayList<>();
    VBox column = new VBox(26);
    column.setAlignment(Pos.TOP_CENTER);
    column.getStyleClass().add("diagram-column");
    DatasetInfo dataset = editor.datasetProperty().get();
    flow = ShapeFlow.of(d, dataset);
    VBox input = Blocks.block("inputBlock", "Input", "input-block");
    input.getChildren().add(inputRow(flow));
    column.getChildren().add(input);
    if (d.sharing() == Sharing.HARD) {
      VBox backbone = layerBlock("backbone", "Shared backbone", d.backbone());
      backbone.getStyleClass().add("backbone-block");
      HBox heads = row("heads");
      for (TaskSpec t : d.tasks()) {
        VBox head = head(t, d);
        heads.getChildren().add(head);
        links.add(Link.flow(backbone, head));
      }
      if (d.tasks().isEmpty()) {
        heads.getChildren().add(dropHint());
      }
      links.add(0, Link.flow(input, backbone));
      column.getChildren().addAll(backbone, heads);
    } else {
      HBox towers = row("towers");
      Node previous = null;
      for (TaskSpec t : d.tasks()) {
        VBox tower = layerBlock("tower-" + t.name(), "Tower · " + t.name(), d.backbone());
        tower.getStyleClass().addAll("tower-block", TaskColors.styleClass(colour(t)).replace("color", "border"));
        VBox head = head(t, d);
        VBox stack = new VBox(26, tower, head);
        stack.setAlignment(Pos.TOP_CENTER);
        towers.getChildren().add(stack);
        links.add(Link.flow(input, tower));
        links.add(Link.flow(tower, head));
        if (previous != null) {
          links.add(Link.tie(previous, tower));
        }
        previous = tower;
      }
      if (d.tasks().isEmpty()) {
        towers.getChildren().add(dropHint());
        links.add(Link.flow(input, towers.getChildren().get(0)));
      }
      column.getChildren().add(towers);
    }
    show(column, links);
  }

  private static HBox row(String id) {
    HBox row = new HBox(22);
    row.setId(id);
    row.setAlignment(Pos.TOP_CENTER);
    return row;
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

  private VBox layerBlock(String id, String title, List<LayerSpec> layers) {
    VBox block = Blocks.block(id, title);
    Selection selected = editor.selectionProperty().get();
    for (int i = 0; i < layers.size(); i++) {
      int index = i;
      Label row = Blocks.layerRow(flow.backbone().get(i), new Selection.BackboneLayer(i).equals(selected));
      row.setOnMouseClicked(e -> {
        editor.selectionProperty().set(new Selection.BackboneLayer(index));
        e.consume();
      });
      block.getChildren().add(row);
    }
    if (layers.isEmpty()) {
      block.getChildren().add(Blocks.row("no layers: add one", false));
    }
    return block;
  }

  private VBox head(TaskSpec t, ExperimentDraft d) {
    VBox head = Blocks.block("head-" + t.name(), t.name(), "head-block",
        TaskColors.styleClass(colour(t)).replace("color", "border"));
    Selection selected = editor.selectionProperty().get();
    if (new Selection.Task(t.name()).equals(selected)) {
      head.getStyleClass().add("selected");
    }
    Button remove = new Button("×");
    remove.setId("remove-" + t.name());
    remove.getStyleClass().add("block-remove");
    remove.setTooltip(new Tooltip("Take task '" + t.name() + "' off the model"));
    remove.setOnAction(e -> editor.removeTask(t.name()));
    remove.disableProperty().bind(editor.lockedProperty());
    Node title = head.getChildren().remove(0);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(4, title, grow, remove);
    header.setAlignment(Pos.CENTER_LEFT);
    head.getChildren().add(0, header);
    for (int i = 0; i < d.head().size(); i++) {
      int index = i;
      Label row = Blocks.layerRow(flow.head().get(i), new Selection.HeadLayer(i).equals(selected));
      row.setOnMouseClicked(e -> {
        editor.selectionProperty().set(new Selection.HeadLayer(index));
        e.consume();
      });
      head.getChildren().add(row);
    }
    Label output = Blocks.row(output(t), false);
    output.setWrapText(true); // "Output 10 classes · cross-entropy" on two lines keeps two heads side by side
    output.setMinHeight(Region.USE_PREF_SIZE);
    head.getChildren().add(output);
    head.setOnMouseClicked(e -> editor.selectionProperty().set(new Selection.Task(t.name())));
    head.setOnDragDetected(e -> {
      if (!editor.lockedProperty().get()) {
        TaskDrag.start(head, TaskDrag.HEAD, t.name());
      }
      e.consume();
    });
    return head;
  }

  /** "Output 1 · mse", "Output 3 classes · cross-entropy". */
  private String output(TaskSpec t) {
    DatasetInfo dataset = editor.datasetProperty().get();
    TargetInfo info = dataset == null ? null : dataset.target(t.target()).orElse(null);
    if (info == null) {
      return "Output";
    }
    TaskType type = info.type();
    for (TaskType declared : TaskType.values()) {
      if (declared.name().equalsIgnoreCase(String.valueOf(t.type()))) {
        type = declared;
      }
    }
    String width = type == TaskType.MULTICLASS ? info.classes() + " classes" : "1";
    return "Output " + width + " · " + (t.loss() != null ? t.loss() : Task.defaultLoss(type));
  }

  private Node dropHint() {
    Label hint = new Label("Drop task cards here");
    hint.setId("dropHint");
    hint.getStyleClass().add("drop-hint");
    return hint;
  }

  private int colour(TaskSpec t) {
    List<String> order = editor.draft().tasks().stream().map(TaskSpec::target).toList();
    return TaskColors.index(editor.datasetProperty().get(), order, t.target());
  }
}
