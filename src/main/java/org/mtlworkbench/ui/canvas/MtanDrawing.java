package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.BackboneBlocks;
import org.mtlworkbench.model.FeatureShape;
import org.mtlworkbench.model.TaskSpec;

/**
 * Multi-Task Attention Network (Liu, Johns &amp; Davison 2019, "End-to-End Multi-Task Learning with
 * Attention", §3): the shared conv backbone down the middle, cut into stages where the engine cuts
 * it ({@link BackboneBlocks#convStages}: each conv layer with the pooling after it); beside each
 * stage, one row lower (level with the next stage, which reads the stage's unattended feature
 * maps), one attention module per task — two 1×1 convolutions to the stage's C channels, ReLU then
 * sigmoid, whose mask multiplies the stage's feature maps — the first half of the tasks to the
 * left, the rest to the right; a task's module at a later stage also reads its attended features
 * of the stage before (carried by f_j). The backbone's tail (its layers from the first dense or
 * flatten layer on) runs on each task's attended features with one set of weights and feeds the
 * heads. A module or a stage's title selects the scheme (its stages and modules, read only: MTAN
 * has no settings of its own); a layer row selects its layer.
 */
final class MtanDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    List<TaskSpec> tasks = parts.draft().tasks();
    BackboneBlocks.Stages cut = BackboneBlocks.convStages(parts.draft().backbone());
    List<int[]> ranges = DiagramParts.ranges(cut.stages());
    int middle = tasks.size() / 2;
    GridPane grid = new GridPane();
    grid.setId("mtan");
    grid.setHgap(DiagramParts.SIDE_GAP);
    grid.setVgap(DiagramParts.GAP);
    grid.setAlignment(Pos.TOP_CENTER);
    Node above = parts.input();
    List<Node> attended = new ArrayList<>(); // each task's attended features of the stage above
    int row = 0;
    for (int j = 0; j < ranges.size(); j++) {
      int[] r = ranges.get(j);
      VBox stage = parts.layerBlock("stage-" + (j + 1), "Shared stage " + (j + 1), r[0], r[1], "backbone-block", "stage-block");
      parts.titleSelectsScheme(stage);
      put(grid, stage, middle, row++); // the next stage beside this stage's modules: the backbone runs on unattended
      links.add(Link.flow(above, stage));
      List<Node> modules = new ArrayList<>();
      for (int k = 0; k < tasks.size(); k++) {
        VBox module = attention(parts, tasks.get(k), j, channels(parts, r[1] - 1));
        put(grid, module, k < middle ? k : k + 1, row);
        links.add(Link.flow(stage, module));
        if (!attended.isEmpty()) {
          links.add(Link.flow(attended.get(k), module));
        }
        modules.add(module);
      }
      attended = modules;
      above = stage;
    }
    row += ranges.isEmpty() ? 0 : 1; // below the last stage's modules
    Node tail = null;
    if (!cut.tail().isEmpty() || ranges.isEmpty()) {
      int from = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1)[1];
      VBox block = parts.layerBlock("tail", ranges.isEmpty() ? "Backbone · no conv stage to attend to" : "Shared tail · per task",
          from, parts.draft().backbone().size(), "backbone-block", "tail-block");
      Tooltip.install(block, new Tooltip("One set of weights, run on each task's attended features in turn"));
      put(grid, block, middle, row++);
      for (Node from1 : attended.isEmpty() ? List.of(above) : attended) {
        links.add(Link.flow(from1, block));
      }
      tail = block;
    }
    for (int k = 0; k < tasks.size(); k++) {
      VBox head = parts.head(tasks.get(k));
      put(grid, head, k < middle ? k : k + 1, row);
      links.add(Link.flow(tail != null ? tail : attended.get(k), head));
    }
    if (tasks.isEmpty()) {
      put(grid, parts.dropHint(), middle, row);
    }
    return List.of(grid);
  }

  private static void put(GridPane grid, Node node, int column, int row) {
    GridPane.setHalignment(node, HPos.CENTER);
    grid.add(node, column, row);
  }

  /** Task t's attention module at stage j (0-based) on C feature maps. */
  private static VBox attention(DiagramParts parts, TaskSpec t, int j, String c) {
    String n = Integer.toString(j + 1);
    VBox module = Blocks.block("attention-" + t.name() + "-" + n, "Attention · " + t.name(), "attention-block", parts.border(t));
    if (j > 0) {
      module.getChildren().add(Blocks.row("reads p" + n + " and f" + n + "(â" + j + ")", false));
    }
    module.getChildren().add(Blocks.row("1×1 conv → " + c + " · relu", false));
    module.getChildren().add(Blocks.row("1×1 conv → " + c + " · sigmoid", false));
    module.getChildren().add(Blocks.row("mask ⊙ stage " + n, false));
    Tooltip.install(module, new Tooltip("Task " + t.name() + "'s soft-attention mask on stage " + n
        + "'s feature maps p" + n + (j > 0 ? ", computed from p" + n + " and its attended features of stage " + j : "")));
    return parts.selectsScheme(module);
  }

  /** The channels that backbone layer {@code last} passes on, or "C" while its shape is unknown. */
  private static String channels(DiagramParts parts, int last) {
    if (last < 0 || last >= parts.flow().backbone().size()) {
      return "C";
    }
    FeatureShape out = parts.flow().backbone().get(last).output();
    return out == null || !out.isImage() ? "C" : Integer.toString(out.image().channels());
  }
}
