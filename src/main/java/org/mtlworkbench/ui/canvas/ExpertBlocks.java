package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A run of experts side by side, as every mixture-of-experts drawing shows them (MMoE, CGC, PLE,
 * DSelect-k): up to {@code limit} + 1 experts in full; more as the first {@code limit} − 1, one
 * "⋯ 60 more" block standing for the others (its click selects the scheme's settings, where the
 * count is edited), and the last — so that 64 experts do not make the diagram 64 blocks wide.
 */
final class ExpertBlocks {
  private ExpertBlocks() {}

  /**
   * Adds the experts to {@code row}.
   *
   * @param count how many experts there are
   * @param limit how many to draw in full at most (one more is drawn rather than a "1 more" block)
   * @param expert makes expert e (1-based)
   * @param moreId the id of the "⋯ more" block
   * @return the experts drawn, for the links out of them
   */
  static List<Node> add(DiagramParts parts, Pane row, int count, int limit, IntFunction<VBox> expert, String moreId) {
    List<Node> drawn = new ArrayList<>();
    for (int e = 1; e <= count; e++) {
      if (count > limit + 1 && e == limit) {
        row.getChildren().add(more(parts, moreId, count - limit));
        e = count;
      }
      VBox block = expert.apply(e);
      row.getChildren().add(block);
      drawn.add(block);
    }
    return drawn;
  }

  /** The experts not drawn, as one block: "⋯ 60 more". */
  private static Node more(DiagramParts parts, String id, int count) {
    VBox block = Blocks.untitled(id, "expert-block", "more-experts");
    Label text = new Label("⋯  " + count + " more");
    text.getStyleClass().add("block-title");
    block.getChildren().add(text);
    return parts.selectsScheme(block);
  }

  /**
   * Below a row of experts: one gate per task (made by {@code gate}), every drawn expert linked into
   * each gate and each gate into its task's head; without tasks, the heads' drop hint alone.
   *
   * @return the rows under the experts' row, in order, with that row first
   */
  static List<Node> gatesAndHeads(DiagramParts parts, Node expertRow, List<Node> drawn, List<Link> links,
      java.util.function.Function<org.mtlworkbench.model.TaskSpec, VBox> gate) {
    javafx.scene.layout.HBox gates = DiagramParts.row("gates");
    javafx.scene.layout.HBox heads = DiagramParts.row("heads");
    for (org.mtlworkbench.model.TaskSpec t : parts.draft().tasks()) {
      VBox g = gate.apply(t);
      gates.getChildren().add(parts.selectsScheme(g));
      for (Node expert : drawn) {
        links.add(Link.flow(expert, g));
      }
      VBox head = parts.head(t);
      heads.getChildren().add(head);
      links.add(Link.flow(g, head));
    }
    if (parts.draft().tasks().isEmpty()) {
      heads.getChildren().add(parts.dropHint());
      return List.of(expertRow, heads);
    }
    return List.of(expertRow, gates, heads);
  }
}
