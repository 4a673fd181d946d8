package org.mtlworkbench.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.DSelectKSpec;
import org.mtlworkbench.model.TaskSpec;

/**
 * DSelect-k (Hazimeh, Zhao, Chowdhery, Sathiamoorthy, Chen, Mazumder, Hong &amp; Chi 2021,
 * "DSelect-k: Differentiable Selection in the Mixture of Experts with Applications to Multi-Task
 * Learning", §3): n experts shared by all tasks, each a copy of the backbone layers, and per task a
 * gate made of k single-expert selectors — each picks one expert through a binary code of
 * ⌈log₂ n⌉ smooth-step bits — whose picks a softmax weights, so a task uses at most k experts per
 * example. The selectors are drawn as k chips in the task's gate ({@value #CHIPS} at most, then
 * "+ m"). A gate, a selector or an expert's title selects the scheme's settings (n, k, γ, entropy).
 */
final class DSelectKDrawing implements ArchitectureDrawing {
  static final int CHIPS = 4;

  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    DSelectKSpec d = parts.draft().schemeSettings().dselectK();
    HBox expertRow = DiagramParts.row("experts");
    List<Node> drawn = ExpertBlocks.add(parts, expertRow, d.experts(), MmoeDrawing.DRAWN, e -> {
      VBox expert = parts.layerBlock("expert-" + e, "Expert " + e, "expert-block");
      parts.titleSelectsScheme(expert);
      links.add(Link.flow(parts.input(), expert));
      return expert;
    }, "moreExperts");
    return ExpertBlocks.gatesAndHeads(parts, expertRow, drawn, links, t -> gate(parts, t, d));
  }

  /** "Gate · y1", its k selector chips, "k = 2 of 4 · γ 1". */
  private static VBox gate(DiagramParts parts, TaskSpec t, DSelectKSpec d) {
    VBox gate = Blocks.block("gate-" + t.name(), "Gate · " + t.name(), "gate-block", "selector-gate", parts.border(t));
    HBox chips = new HBox(4);
    chips.setId("selectors-" + t.name());
    for (int i = 1; i <= Math.min(d.k(), CHIPS); i++) {
      Label chip = new Label(i == CHIPS && d.k() > CHIPS ? "+" + (d.k() - CHIPS + 1) : "s" + subscript(i));
      if (!(i == CHIPS && d.k() > CHIPS)) {
        chip.setId("selector-" + t.name() + "-" + i);
      }
      chip.getStyleClass().add("selector-chip");
      chips.getChildren().add(chip);
    }
    gate.getChildren().add(chips);
    gate.getChildren().add(Blocks.row("k = " + d.k() + " of " + ExtractionLevel.experts(d.experts()) + "  ·  γ "
        + LambdaControl.format(d.gamma()), false));
    int bits = 32 - Integer.numberOfLeadingZeros(d.experts() - 1);
    Tooltip.install(gate, new Tooltip("Task " + t.name() + " weights at most " + d.k() + " of the " + d.experts()
        + " experts per example: each of its " + d.k() + " selectors picks one expert by " + bits
        + " smooth-step bits, a softmax weights the picks; click to set n, k, γ and the entropy weight"));
    return gate;
  }

  private static String subscript(int i) {
    StringBuilder s = new StringBuilder();
    for (char c : Integer.toString(i).toCharArray()) {
      s.append((char) ('₀' + (c - '0')));
    }
    return s.toString();
  }
}
