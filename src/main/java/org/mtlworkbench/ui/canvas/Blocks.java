package org.mtlworkbench.ui.canvas;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mtlworkbench.model.LayerSpec;

/** The blocks of the model diagram: a titled box with one row per layer. */
final class Blocks {
  private Blocks() {}

  static VBox block(String id, String title, String... styleClasses) {
    VBox box = new VBox(2);
    box.setId(id);
    box.getStyleClass().add("model-block");
    box.getStyleClass().addAll(styleClasses);
    Label t = new Label(title);
    t.getStyleClass().add("block-title");
    t.setMaxWidth(Double.MAX_VALUE);
    box.getChildren().add(t);
    return box;
  }

  static Label row(String text, boolean selected) {
    Label row = new Label(text);
    row.getStyleClass().add("layer-row");
    if (selected) {
      row.getStyleClass().add("selected");
    }
    row.setMaxWidth(Double.MAX_VALUE);
    return row;
  }

  /** "Dense 64 · relu", with "· dropout 0.2" when it drops. */
  static String describe(LayerSpec l) {
    String text = "Dense " + l.units() + " · " + l.activation();
    return l.dropout() > 0 ? text + String.format(Locale.ROOT, " · dropout %.2g", l.dropout()) : text;
  }
}
