package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;

/** Hard sharing (Caruana 1997): input → one shared backbone → one head per task. */
final class HardSharingDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    VBox backbone = parts.layerBlock("backbone", "Shared backbone", "backbone-block");
    links.add(Link.flow(parts.input(), backbone));
    HBox heads = DiagramParts.row("heads");
    for (TaskSpec t : parts.draft().tasks()) {
      VBox head = parts.head(t);
      heads.getChildren().add(head);
      links.add(Link.flow(backbone, head));
    }
    if (parts.draft().tasks().isEmpty()) {
      heads.getChildren().add(parts.dropHint());
    }
    return List.of(backbone, heads);
  }
}
