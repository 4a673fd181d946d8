package org.mtlworkbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * One area of the workbench before its real view exists: a header with the area's name and, in
 * the middle, a small drawing and a sentence telling the user what will appear there.
 */
final class PlaceholderPane extends VBox {
  PlaceholderPane(String id, String title, Node art, String explanation) {
    setId(id);
    getStyleClass().add("workbench-area");

    Label header = new Label(title);
    header.getStyleClass().add("area-title");
    header.setMaxWidth(Double.MAX_VALUE);

    Label hint = new Label(explanation);
    hint.getStyleClass().add("area-hint");
    hint.setWrapText(true);
    hint.setTextAlignment(TextAlignment.CENTER);
    VBox body = new VBox(art, hint);
    body.getStyleClass().add("area-body");
    body.setAlignment(Pos.CENTER);
    VBox.setVgrow(body, Priority.ALWAYS);

    getChildren().addAll(header, body);
  }
}
