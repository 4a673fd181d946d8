package org.mtlworkbench.ui.canvas;

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
import org.mtlworkbench.model.LayerShapes;
import org.mtlworkbench.model.Task;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;
import org.mtlworkbench.ui.edit.TargetInfo;

/**
 * The pieces every {@link ArchitectureDrawing} is made of, for one draft: blocks of backbone layer
 * rows (a click selects the layer in the inspector), the task heads (title, ×, hidden layers,
 * output; a click selects the task, a drag takes it off), the drop hint, and blocks whose click
 * selects the scheme's own settings ({@link Selection.Scheme}).
 */
final class DiagramParts {
  /** Vertical space between rows of blocks, room for the links. */
  static final double GAP = 26;
  /** Horizontal space between blocks side by side. */
  static final double SIDE_GAP = 22;

  private final ExperimentEditor editor;
  private final ExperimentDraft draft;
  private final ShapeFlow flow;
  private final Node input;

  DiagramParts(ExperimentEditor editor, ShapeFlow flow, Node input) {
    this.editor = editor;
    this.draft = editor.draft();
    this.flow = flow;
    this.input = input;
  }

  ExperimentDraft draft() {
    return draft;
  }

  /** The shapes through the drawn model, for a block that says what it makes of them. */
  ShapeFlow flow() {
    return flow;
  }

  /**
   * Where each of consecutive blocks of backbone layers starts and ends in the backbone, as {@code
   * [from, to)}: the stages and levels the engine cuts ({@link org.mtlworkbench.model.BackboneBlocks})
   * are runs of the backbone in order, so each one's rows are the backbone's rows from–to.
   */
  static List<int[]> ranges(List<? extends List<?>> blocks) {
    List<int[]> out = new java.util.ArrayList<>();
    int from = 0;
    for (List<?> b : blocks) {
      out.add(new int[] {from, from + b.size()});
      from += b.size();
    }
    return out;
  }

  /** The input block, for the links into the scheme. */
  Node input() {
    return input;
  }

  Selection selection() {
    return editor.selectionProperty().get();
  }

  /** A row of blocks side by side, centred. */
  static HBox row(String id) {
    HBox row = new HBox(SIDE_GAP);
    row.setId(id);
    row.setAlignment(Pos.TOP_CENTER);
    return row;
  }

  /** A block titled {@code title} with one row per backbone layer. */
  VBox layerBlock(String id, String title, String... styleClasses) {
    return layerBlock(id, title, 0, draft.backbone().size(), styleClasses);
  }

  /** A block titled {@code title} with the rows of backbone layers {@code from} to {@code to} (exclusive). */
  VBox layerBlock(String id, String title, int from, int to, String... styleClasses) {
    VBox block = Blocks.block(id, title, styleClasses);
    addLayerRows(block, from, to);
    if (from >= to) {
      block.getChildren().add(Blocks.row("no layers: add one", false));
    }
    return block;
  }

  /** Adds the rows of backbone layers {@code from} (inclusive) to {@code to} (exclusive) to {@code block}. */
  void addLayerRows(VBox block, int from, int to) {
    for (int i = from; i < to; i++) {
      int index = i;
      Label row = Blocks.layerRow(flow.backbone().get(i), new Selection.BackboneLayer(i).equals(selection()));
      row.setOnMouseClicked(e -> {
        editor.selectionProperty().set(new Selection.BackboneLayer(index));
        e.consume();
      });
      block.getChildren().add(row);
    }
  }

  /**
   * Makes a click on {@code block} (outside its layer rows) select the scheme's settings, and marks
   * it while they are selected.
   */
  <T extends Node> T selectsScheme(T block) {
    block.getStyleClass().add("scheme-part");
    if (selection() instanceof Selection.Scheme) {
      block.getStyleClass().add("selected");
    }
    block.setOnMouseClicked(e -> {
      editor.selectionProperty().set(new Selection.Scheme());
      e.consume();
    });
    return block;
  }

  /** Makes a click on a block's title select the scheme's settings (its layer rows keep selecting layers). */
  void titleSelectsScheme(VBox block) {
    Node title = block.getChildren().get(0);
    title.getStyleClass().add("scheme-part");
    title.setOnMouseClicked(e -> {
      editor.selectionProperty().set(new Selection.Scheme());
      e.consume();
    });
  }

  /** The style class that edges a block in the task's colour. */
  String border(TaskSpec t) {
    return TaskColors.styleClass(colour(t)).replace("color", "border");
  }

  /** Task {@code t}'s head: title with ×, its hidden layers, its output; click selects, drag takes it off. */
  VBox head(TaskSpec t) {
    VBox head = Blocks.block("head-" + t.name(), t.name(), "head-block", border(t));
    if (new Selection.Task(t.name()).equals(selection())) {
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
    for (int i = 0; i < draft.head().size(); i++) {
      int index = i;
      LayerShapes.Step step = flow.head().get(i);
      Label row = Blocks.layerRow(step, new Selection.HeadLayer(i).equals(selection()));
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

  Node dropHint() {
    Label hint = new Label("Drop task cards here");
    hint.setId("dropHint");
    hint.getStyleClass().add("drop-hint");
    return hint;
  }

  private int colour(TaskSpec t) {
    List<String> order = draft.tasks().stream().map(TaskSpec::target).toList();
    return TaskColors.index(editor.datasetProperty().get(), order, t.target());
  }
}
