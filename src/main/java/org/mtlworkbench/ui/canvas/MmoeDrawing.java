package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;

/**
 * Multi-gate mixture-of-experts (Ma, Zhao, Yi, Chen, Hong &amp; Chi 2018): the experts — each a
 * copy of the backbone layers — read the input side by side; one softmax gate per task, also
 * reading the input, mixes them into that task's representation; the task's head (the paper's
 * "tower") reads it. Every expert links into every gate. Up to {@value #DRAWN} + 1 experts are
 * drawn in full; more are shown as the first {@value #DRAWN} − 1, a "⋯" block with the count of
 * the others, and the last. An expert's
 * or a gate's title selects the scheme's settings (the number of experts); a layer row selects
 * its layer.
 */
final class MmoeDrawing implements ArchitectureDrawing {
  static final int DRAWN = 4;

  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    int experts = parts.draft().schemeSettings().mmoe().experts();
    HBox expertRow = DiagramParts.row("experts");
    List<Node> drawn = ExpertBlocks.add(parts, expertRow, experts, DRAWN, e -> {
      VBox expert = parts.layerBlock("expert-" + e, "Expert " + e, "expert-block");
      parts.titleSelectsScheme(expert);
      links.add(Link.flow(parts.input(), expert));
      return expert;
    }, "moreExperts");
    return ExpertBlocks.gatesAndHeads(parts, expertRow, drawn, links, t -> {
      VBox gate = Blocks.block("gate-" + t.name(), "Gate · " + t.name(), "gate-block", parts.border(t));
      gate.getChildren().add(Blocks.row("softmax over " + experts + (experts == 1 ? " expert" : " experts"), false));
      Tooltip.install(gate, new Tooltip("gₖ(x) = softmax(x·Wₖ + bₖ): task " + t.name() + "'s weights over the experts,"
          + " computed from the input; click to set the number of experts"));
      return gate;
    });
  }
}
