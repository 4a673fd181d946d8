package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.BackboneBlocks;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.PleSpec;
import org.mtlworkbench.model.TaskSpec;

/**
 * Progressive layered extraction (Tang, Liu, Zhao &amp; Gong 2020, "Progressive Layered Extraction
 * (PLE)", §4.3): the backbone cut into levels where the engine cuts it ({@link
 * BackboneBlocks#levels}), each level drawn in a frame as a CGC level ({@link ExtractionLevel}) over
 * that level's layers. Below the top level a shared gate mixes every expert of the level for the
 * next level's shared experts, and task k's gate feeds task k's experts one level up; the top
 * level's task gates feed the heads. A level's title, an expert's or a group's title, or a gate
 * selects the scheme's settings (experts, levels); a layer row selects its layer.
 *
 * <p>While the draft asks for more levels than the backbone has layers with weights (the window
 * says so under the diagram), as many levels as there are such layers are drawn.
 */
final class PleDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    PleSpec ple = parts.draft().schemeSettings().ple();
    List<LayerSpec> backbone = parts.draft().backbone();
    int weighted = BackboneBlocks.weightedLayers(backbone);
    List<int[]> ranges = weighted == 0 ? List.of(new int[] {0, backbone.size()})
        : DiagramParts.ranges(BackboneBlocks.levels(backbone, Math.min(weighted, ple.levelsFor(weighted))));
    List<Node> rows = new ArrayList<>();
    Map<String, Node> taskInputs = new HashMap<>();
    Node sharedInput = parts.input();
    ExtractionLevel.Drawn level = null;
    for (int j = 0; j < ranges.size(); j++) {
      boolean top = j == ranges.size() - 1;
      Node sharedIn = sharedInput;
      Map<String, Node> taskIn = Map.copyOf(taskInputs);
      level = ExtractionLevel.draw(parts, links, "level" + (j + 1) + "-", ranges.get(j)[0], ranges.get(j)[1],
          ple.sharedExperts(), ple.taskExperts(), !top, (TaskSpec t) -> taskIn.getOrDefault(t.name(), sharedIn), sharedIn);
      VBox frame = frame(parts, j, ranges, level);
      rows.add(frame);
      taskInputs = level.taskGates();
      // without tasks there are no gates yet: the next level reads this level as a whole
      sharedInput = level.sharedGate() != null ? level.sharedGate() : frame;
    }
    rows.add(CgcDrawing.heads(parts, links, level));
    return rows;
  }

  /** Level j's rows in a frame titled "Level 2 of 3 · layers 3–4". */
  private static VBox frame(DiagramParts parts, int j, List<int[]> ranges, ExtractionLevel.Drawn level) {
    int[] r = ranges.get(j);
    Label title = new Label("Level " + (j + 1) + " of " + ranges.size() + "  ·  "
        + (r[1] - r[0] == 1 ? "layer " + (r[0] + 1) : "layers " + (r[0] + 1) + "–" + r[1]));
    title.getStyleClass().add("level-title");
    parts.selectsScheme(title);
    VBox rows = new VBox(DiagramParts.GAP);
    rows.getChildren().addAll(level.rows());
    rows.setAlignment(Pos.TOP_CENTER);
    VBox frame = new VBox(6, title, rows);
    frame.setId("level-" + (j + 1));
    frame.getStyleClass().add("level-frame");
    return frame;
  }
}
