package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.TaskSpec;

/**
 * Cross-stitch networks (Misra, Shrivastava, Gupta &amp; Hebert 2016): one tower per task, one
 * column each, and after every layer a cross-stitch unit — a learned K × K matrix α that mixes the
 * towers' activations, h̃_k = Σ_j α_kj h_j — drawn across the columns between that layer and the
 * next, with a link from every tower into it and from it into every tower. The last unit feeds
 * the heads. A unit's click selects the scheme's settings (the units' start α_kk); a layer row
 * selects its layer.
 */
final class CrossStitchDrawing implements ArchitectureDrawing {
  @Override
  public List<Node> draw(DiagramParts parts, List<Link> links) {
    List<TaskSpec> tasks = parts.draft().tasks();
    if (tasks.isEmpty()) {
      Node hint = parts.dropHint();
      links.add(Link.flow(parts.input(), hint));
      return List.of(hint);
    }
    int layers = parts.draft().backbone().size();
    GridPane grid = new GridPane();
    grid.setId("towers");
    grid.setHgap(DiagramParts.SIDE_GAP);
    grid.setVgap(DiagramParts.GAP * 0.7);
    grid.setAlignment(Pos.TOP_CENTER);
    for (int k = 0; k < tasks.size(); k++) { // towers of equal width, whatever spans them
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / tasks.size());
      column.setHalignment(HPos.CENTER);
      grid.getColumnConstraints().add(column);
    }
    List<Node> above = new ArrayList<>(); // what feeds the next row: the input, then a unit
    for (int k = 0; k < tasks.size(); k++) {
      above.add(parts.input());
    }
    int gridRow = 0;
    for (int l = 0; l < Math.max(1, layers); l++) {
      List<Node> cells = new ArrayList<>();
      for (int k = 0; k < tasks.size(); k++) {
        VBox cell = segment(parts, tasks.get(k), l, layers);
        GridPane.setHalignment(cell, HPos.CENTER);
        grid.add(cell, k, gridRow);
        links.add(Link.flow(above.get(k), cell));
        cells.add(cell);
      }
      gridRow++;
      if (layers == 0) {
        above = cells;
        break;
      }
      HBox unit = unit(parts, l, tasks.size());
      grid.add(unit, 0, gridRow, tasks.size(), 1);
      gridRow++;
      for (Node cell : cells) {
        links.add(Link.flow(cell, unit));
      }
      above = new ArrayList<>();
      for (int k = 0; k < tasks.size(); k++) {
        above.add(unit);
      }
    }
    for (int k = 0; k < tasks.size(); k++) {
      VBox head = parts.head(tasks.get(k));
      GridPane.setHalignment(head, HPos.CENTER);
      grid.add(head, k, gridRow);
      links.add(Link.flow(above.get(k), head));
    }
    return List.of(grid);
  }

  /** Task {@code t}'s tower at layer {@code l}: titled on its first layer, edged in the task's colour. */
  private static VBox segment(DiagramParts parts, TaskSpec t, int l, int layers) {
    VBox cell = l == 0
        ? Blocks.block("tower-" + t.name(), "Tower · " + t.name(), "tower-block", parts.border(t))
        : Blocks.untitled("tower-" + t.name() + "-" + (l + 1), "tower-block", "tower-segment", parts.border(t));
    if (l == 0) {
      parts.titleSelectsScheme(cell);
    }
    if (layers == 0) {
      cell.getChildren().add(Blocks.row("no layers: add one", false));
    } else {
      parts.addLayerRows(cell, l, l + 1);
    }
    cell.setMaxWidth(Double.MAX_VALUE);
    return cell;
  }

  /** The unit after layer {@code l}: "⊗ cross-stitch unit 2 · α 2×2 · starts at αₖₖ = 0.9". */
  private static HBox unit(DiagramParts parts, int l, int tasks) {
    Label name = new Label("⊗  Cross-stitch unit " + (l + 1) + "  ·  α " + tasks + "×" + tasks);
    name.getStyleClass().add("stitch-title");
    Label start = new Label("starts at αₖₖ = " + LambdaControl.format(parts.draft().schemeSettings().crossStitch().selfWeight()));
    start.getStyleClass().add("stitch-note");
    HBox unit = new HBox(10, name, start);
    unit.setId("stitch-" + (l + 1));
    unit.getStyleClass().add("stitch-unit");
    unit.setAlignment(Pos.CENTER);
    unit.setMaxWidth(Double.MAX_VALUE);
    return parts.selectsScheme(unit);
  }
}
