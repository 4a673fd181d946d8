package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.scene.Node;

/**
 * How one sharing scheme is drawn: everything between the input block and the bottom of the
 * diagram — the scheme's own parts (backbone, towers, stitch units, experts, gates…) and the task
 * heads — built from a {@link DiagramParts}, which supplies the pieces every drawing shares
 * (layer rows that select their layer when clicked, the heads with their × and drag, the drop
 * hint, the input block to link from). One class per scheme; {@link ArchitectureDrawings} picks
 * it. See the package documentation for how to add one.
 */
interface ArchitectureDrawing {
  /**
   * @param parts the shared pieces, for the draft on screen
   * @param links receives the links to draw (from the input block, between the blocks returned)
   * @return the rows of the diagram below the input block, top to bottom
   */
  List<Node> draw(DiagramParts parts, List<Link> links);
}
