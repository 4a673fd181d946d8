package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.CgcSpec;
import org.mtlworkbench.model.TaskSpec;

/**
 * Customized gate control (Tang, Liu, Zhao &amp; Gong 2020, "Progressive Layered Extraction
 * (PLE)", §4.2): the shared experts and each task's own experts, each a copy of the backbone
 * layers, all reading the input; one softmax gate per task mixing the shared experts and that
 * task's own; the task's head reading its gate ({@link ExtractionLevel}). An expert's or a group's
 * title, or a gate, selects the scheme's settings (shared and per-task experts); a layer row
 * selects its layer.
 */
final class CgcDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    CgcSpec cgc = parts.draft().schemeSettings().cgc();
    ExtractionLevel.Drawn level = ExtractionLevel.draw(parts, links, "", 0, parts.draft().backbone().size(),
        cgc.sharedExperts(), cgc.taskExperts(), false, t -> parts.input(), parts.input());
    List<Node> rows = new ArrayList<>(level.rows());
    rows.add(heads(parts, links, level));
    return rows;
  }

  /** Each task's head under its gate (the drop hint while there is no task). */
  static HBox heads(DiagramParts parts, List<Link> links, ExtractionLevel.Drawn top) {
    HBox heads = DiagramParts.row("heads");
    for (TaskSpec t : parts.draft().tasks()) {
      VBox head = parts.head(t);
      heads.getChildren().add(head);
      links.add(Link.flow(top.taskGates().get(t.name()), head));
    }
    if (parts.draft().tasks().isEmpty()) {
      heads.getChildren().add(parts.dropHint());
    }
    return heads;
  }
}
