package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;

/**
 * Soft sharing (Duong et al. 2015): one tower per task, each a copy of the backbone layers, tied
 * side by side by the penalty λ, each feeding its task's head. A tower's title selects the
 * scheme's settings (λ, penalty); its rows select the layer they show (the same in every tower).
 */
final class SoftSharingDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    HBox towers = DiagramParts.row("towers");
    Node previous = null;
    for (TaskSpec t : parts.draft().tasks()) {
      VBox tower = parts.layerBlock("tower-" + t.name(), "Tower · " + t.name(), "tower-block", parts.border(t));
      parts.titleSelectsScheme(tower);
      VBox head = parts.head(t);
      VBox stack = new VBox(DiagramParts.GAP, tower, head);
      stack.setAlignment(Pos.TOP_CENTER);
      towers.getChildren().add(stack);
      links.add(Link.flow(parts.input(), tower));
      links.add(Link.flow(tower, head));
      if (previous != null) {
        links.add(Link.tie(previous, tower));
      }
      previous = tower;
    }
    if (parts.draft().tasks().isEmpty()) {
      towers.getChildren().add(parts.dropHint());
      links.add(Link.flow(parts.input(), towers.getChildren().get(0)));
    }
    return List.of(towers);
  }
}
