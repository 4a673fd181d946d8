package org.mtlworkbench.ui.canvas;

import javafx.scene.Node;

/**
 * A connection drawn between two blocks of the diagram.
 *
 * @param from upper block (the link leaves its bottom edge), or left block of a tie
 * @param to lower block (the link enters its top edge), or right block of a tie
 * @param tie a soft-sharing tie: dashed, side to side, labelled λ
 */
record Link(Node from, Node to, boolean tie) {
  static Link flow(Node from, Node to) {
    return new Link(from, to, false);
  }

  static Link tie(Node left, Node right) {
    return new Link(left, right, true);
  }
}
