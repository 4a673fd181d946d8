package org.mtlworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;

/**
 * Lays out the diagram's blocks (an ordinary layout pane) and draws the links between them
 * underneath, from the blocks' positions after layout, so that links follow the blocks whatever
 * their size.
 */
class DiagramRegion extends Region {
  private final Pane linkLayer = new Pane();
  private Region content = new Pane();
  private List<Link> links = List.of();

  DiagramRegion() {
    getStyleClass().add("model-diagram");
    linkLayer.setMouseTransparent(true);
    linkLayer.setManaged(false);
    getChildren().addAll(linkLayer, content);
  }

  void show(Region blocks, List<Link> newLinks) {
    content = blocks;
    links = List.copyOf(newLinks);
    getChildren().setAll(linkLayer, content);
    requestLayout();
  }

  @Override
  protected double computePrefWidth(double height) {
    Insets in = getInsets();
    return content.prefWidth(-1) + in.getLeft() + in.getRight();
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets in = getInsets();
    return content.prefHeight(-1) + in.getTop() + in.getBottom();
  }

  @Override
  protected double computeMinWidth(double height) {
    return computePrefWidth(height);
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double w = getWidth() - in.getLeft() - in.getRight();
    double h = getHeight() - in.getTop() - in.getBottom();
    content.resizeRelocate(in.getLeft(), in.getTop(), w, h);
    content.layout();
    linkLayer.resizeRelocate(0, 0, getWidth(), getHeight());
    List<Node> shapes = new ArrayList<>();
    for (Link link : links) {
      Bounds a = boundsHere(link.from());
      Bounds b = boundsHere(link.to());
      if (a == null || b == null) {
        continue;
      }
      if (link.tie()) {
        double y = (Math.max(a.getMinY(), b.getMinY()) + Math.min(a.getMaxY(), b.getMaxY())) / 2;
        Line line = new Line(a.getMaxX(), y, b.getMinX(), y);
        line.getStyleClass().add("tie-link");
        Label lambda = new Label("λ");
        lambda.getStyleClass().add("tie-label");
        lambda.relocate((a.getMaxX() + b.getMinX()) / 2 - 4, y - 20);
        shapes.add(line);
        shapes.add(lambda);
      } else {
        double x1 = a.getCenterX();
        double y1 = a.getMaxY();
        double x2 = b.getCenterX();
        double y2 = b.getMinY();
        double bend = (y2 - y1) / 2;
        CubicCurve curve = new CubicCurve(x1, y1, x1, y1 + bend, x2, y2 - bend, x2, y2);
        curve.getStyleClass().add("flow-link");
        shapes.add(curve);
      }
    }
    linkLayer.getChildren().setAll(shapes);
    // styled now: links made during a layout pass would otherwise show unstyled (black, filled)
    // until the next pulse's CSS pass, and a layout that repeats every pulse would never style them
    linkLayer.applyCss();
  }

  /** A node's bounds in this region's coordinates, or null when it is not in the diagram. */
  private Bounds boundsHere(Node node) {
    Bounds b = node.getBoundsInLocal();
    Node n = node;
    while (n != null && n != this) {
      b = n.localToParent(b);
      n = n.getParent();
    }
    return n == this ? b : null;
  }
}
