package org.mtlworkbench.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * Small line drawings that tell at a glance what each empty area will hold. Colours come from the
 * stylesheets (classes {@code art-line}, {@code art-fill}, {@code art-task-1..3}).
 */
final class PlaceholderArt {
  private PlaceholderArt() {}

  /** Three task chips, as the task list will show them. */
  static Node taskChips() {
    Group art = new Group();
    for (int i = 0; i < 3; i++) {
      Rectangle chip = new Rectangle(0, i * 30, 120, 22);
      chip.setArcWidth(10);
      chip.setArcHeight(10);
      chip.getStyleClass().add("art-fill");
      Circle dot = new Circle(12, i * 30 + 11, 5);
      dot.getStyleClass().add("art-task-" + (i + 1));
      Line text = new Line(26, i * 30 + 11, 26 + 70 - i * 14, i * 30 + 11);
      text.getStyleClass().add("art-line");
      art.getChildren().addAll(chip, dot, text);
    }
    return art;
  }

  /** A shared trunk splitting into one head per task: the hard-sharing picture. */
  static Node sharedTrunk() {
    Group art = new Group();
    double forkX = 90;
    double forkY = 70;
    Line trunk = new Line(forkX, 130, forkX, forkY);
    trunk.getStyleClass().addAll("art-line", "art-trunk");
    art.getChildren().add(trunk);
    double[] headX = {30, 90, 150};
    double[] headY = {18, 8, 18};
    for (int i = 0; i < 3; i++) {
      double midY = (forkY + headY[i]) / 2;
      CubicCurve branch =
          new CubicCurve(forkX, forkY, forkX, midY, headX[i], midY + 6, headX[i], headY[i]);
      branch.getStyleClass().addAll("art-line", "art-trunk");
      Circle head = new Circle(headX[i], headY[i], 9);
      head.getStyleClass().add("art-task-" + (i + 1));
      art.getChildren().addAll(branch, head);
    }
    Circle input = new Circle(forkX, 130, 7);
    input.getStyleClass().add("art-node");
    art.getChildren().add(input);
    return art;
  }

  /** Two loss curves falling over training steps above a time axis. */
  static Node lossCurves() {
    Group art = new Group();
    Line yAxis = new Line(0, 0, 0, 90);
    Line xAxis = new Line(0, 90, 170, 90);
    yAxis.getStyleClass().add("art-line");
    xAxis.getStyleClass().add("art-line");
    Polyline first = new Polyline(6, 10, 30, 40, 60, 58, 95, 68, 130, 72, 165, 74);
    first.getStyleClass().addAll("art-curve", "art-task-1");
    Polyline second = new Polyline(6, 30, 35, 50, 65, 56, 95, 52, 130, 60, 165, 64);
    second.getStyleClass().addAll("art-curve", "art-task-2");
    art.getChildren().addAll(yAxis, xAxis, first, second);
    return art;
  }
}
