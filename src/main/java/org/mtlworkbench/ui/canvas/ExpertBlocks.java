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
}
