package org.mtlworkbench.ui.canvas;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * What a drag carries in the workbench: a task card from the palette (to put the task on the
 * model) or a head from the model (to take it off). Plain strings with a prefix, so that a drag
 * from outside the application (a file, some text) is simply not accepted.
 */
final class TaskDrag {
  static final String CARD = "mtl-workbench/task-card:";
  static final String HEAD = "mtl-workbench/task-head:";

  private TaskDrag() {}

  /** Starts dragging {@code source}, carrying {@code kind + name}. */
  static void start(Node source, String kind, String name) {
    Dragboard board = source.startDragAndDrop(TransferMode.MOVE);
    ClipboardContent content = new ClipboardContent();
    content.putString(kind + name);
    board.setContent(content);
    board.setDragView(source.snapshot(null, null));
  }

  /** The name carried, when the drag is of that kind. */
  static Optional<String> carried(DragEvent event, String kind) {
    Dragboard board = event.getDragboard();
    if (board.hasString() && board.getString().startsWith(kind)) {
      return Optional.of(board.getString().substring(kind.length()));
    }
    return Optional.empty();
  }

  /**
   * Makes {@code target} accept drags of {@code kind}, highlighted with the style class
   * {@code drop-target} while one hovers, and hands the name to {@code onDrop}.
   */
  static void acceptOn(Node target, String kind, java.util.function.Predicate<String> onDrop) {
    target.setOnDragOver(e -> {
      if (e.getGestureSource() != target && carried(e, kind).isPresent()) {
        e.acceptTransferModes(TransferMode.MOVE);
      }
      e.consume();
    });
    target.setOnDragEntered(e -> {
      if (carried(e, kind).isPresent() && !target.getStyleClass().contains("drop-target")) {
        target.getStyleClass().add("drop-target");
      }
    });
    target.setOnDragExited(e -> target.getStyleClass().remove("drop-target"));
    target.setOnDragDropped(e -> {
      boolean done = carried(e, kind).map(onDrop::test).orElse(false);
      e.setDropCompleted(done);
      e.consume();
    });
  }
}
