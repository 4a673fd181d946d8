package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;

/**
 * One extraction level of customized gate control (Tang, Liu, Zhao &amp; Gong 2020, "Progressive
 * Layered Extraction (PLE)", §4.2–4.3), drawn for {@link CgcDrawing} (one level) and {@link
 * PleDrawing} (several): the shared experts in the middle and each task's own experts beside them
 * (the first half of the tasks to the left, the rest to the right, as in the paper's figure), each
 * expert a copy of the level's backbone layers; below them one softmax gate per task, reading the
 * shared experts and that task's own, and — below the top level of PLE — the shared gate, reading
 * every expert, which feeds the next level's shared experts.
 */
final class ExtractionLevel {
  /** Shared experts drawn in full at most (more are folded, {@link ExpertBlocks}). */
  static final int SHARED_DRAWN = 3;
  /** A task's own experts drawn in full at most. */
  static final int OWN_DRAWN = 2;

  /**
   * What a level passes on and draws.
   *
   * @param taskGates each task's gate by task name (what the task's head, or its experts one level up, read)
   * @param sharedGate the shared gate, or {@code null} when the level has none
   * @param rows the level's rows: the experts, then the gates (when there are tasks)
   */
  record Drawn(Map<String, Node> taskGates, Node sharedGate, List<Node> rows) {}

  private ExtractionLevel() {}

  /**
   * @param prefix put before every id ("" for CGC, "level2-" for PLE's second level)
   * @param from first backbone layer of the level
   * @param to one past its last backbone layer
   * @param withSharedGate whether the level has a shared gate (PLE below its top level)
   * @param taskInput what task t's own experts read (the input, or t's gate one level down)
   * @param sharedInput what the shared experts read (the input, or the shared gate one level down)
   */
  static Drawn draw(DiagramParts parts, List<Link> links, String prefix, int from, int to, int shared, int own,
      boolean withSharedGate, Function<TaskSpec, Node> taskInput, Node sharedInput) {
    List<TaskSpec> tasks = parts.draft().tasks();
    int left = tasks.size() / 2;
    HBox expertRow = DiagramParts.row(prefix + "experts");
    Map<String, List<Node>> ownExperts = new LinkedHashMap<>();
    List<Node> sharedExperts = new ArrayList<>();
    for (int k = 0; k <= tasks.size(); k++) {
      if (k == left) {
        VBox group = group(parts, prefix + "experts-shared", "Shared experts", "expert-group-shared");
        sharedExperts.addAll(ExpertBlocks.add(parts, (HBox) group.getChildren().get(1), shared, SHARED_DRAWN,
            e -> expert(parts, links, prefix + "expert-shared-" + e, e, from, to, sharedInput), prefix + "more-shared"));
        expertRow.getChildren().add(group);
      }
      if (k < tasks.size() && own > 0) {
        TaskSpec t = tasks.get(k);
        VBox group = group(parts, prefix + "experts-" + t.name(), t.name() + "'s experts", parts.border(t));
        ownExperts.put(t.name(), ExpertBlocks.add(parts, (HBox) group.getChildren().get(1), own, OWN_DRAWN,
            e -> expert(parts, links, prefix + "expert-" + t.name() + "-" + e, e, from, to, taskInput.apply(t)),
            prefix + "more-" + t.name()));
        expertRow.getChildren().add(group);
      }
    }
    if (tasks.isEmpty()) {
      return new Drawn(Map.of(), null, List.of(expertRow));
    }
    HBox gateRow = DiagramParts.row(prefix + "gates");
    Map<String, Node> gates = new LinkedHashMap<>();
    Node sharedGate = null;
    for (int k = 0; k <= tasks.size(); k++) {
      if (k == left && withSharedGate) {
        VBox gate = Blocks.block(prefix + "shared-gate", "Shared gate", "gate-block", "shared-gate-block");
        gate.getChildren().add(Blocks.row("softmax over " + experts(shared + tasks.size() * own), false));
        Tooltip.install(gate, new Tooltip("Mixes every expert of this level for the next level's shared experts"));
        List<Node> all = new ArrayList<>(sharedExperts);
        ownExperts.values().forEach(all::addAll);
        sharedGate = gate(parts, links, gateRow, gate, all);
      }
      if (k < tasks.size()) {
        TaskSpec t = tasks.get(k);
        VBox gate = Blocks.block(prefix + "gate-" + t.name(), "Gate · " + t.name(), "gate-block", parts.border(t));
        gate.getChildren().add(Blocks.row("softmax over " + experts(shared + own), false));
        Tooltip.install(gate, new Tooltip("Task " + t.name() + "'s weights over the shared experts and its own,"
            + " computed from what the experts read; click to set the numbers of experts"));
        List<Node> read = new ArrayList<>(sharedExperts);
        read.addAll(ownExperts.getOrDefault(t.name(), List.of()));
        gates.put(t.name(), gate(parts, links, gateRow, gate, read));
      }
    }
    return new Drawn(gates, sharedGate, List.of(expertRow, gateRow));
  }

  /** "4 experts", "1 expert". */
  static String experts(int n) {
    return n + (n == 1 ? " expert" : " experts");
  }

  /** A titled group of experts; its title selects the scheme's settings. */
  private static VBox group(DiagramParts parts, String id, String title, String styleClass) {
    Label name = new Label(title);
    name.getStyleClass().add("expert-group-title");
    parts.selectsScheme(name);
    HBox experts = new HBox(DiagramParts.SIDE_GAP / 2);
    VBox group = new VBox(4, name, experts);
    group.setId(id);
    group.getStyleClass().addAll("expert-group", styleClass);
    return group;
  }

  private static VBox expert(DiagramParts parts, List<Link> links, String id, int e, int from, int to, Node input) {
    VBox expert = parts.layerBlock(id, "Expert " + e, from, to, "expert-block");
    parts.titleSelectsScheme(expert);
    links.add(Link.flow(input, expert));
    return expert;
  }

  private static Node gate(DiagramParts parts, List<Link> links, HBox row, VBox gate, List<Node> read) {
    row.getChildren().add(parts.selectsScheme(gate));
    for (Node expert : read) {
      links.add(Link.flow(expert, gate));
    }
    return gate;
  }
}
