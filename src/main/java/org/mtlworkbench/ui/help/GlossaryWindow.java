package org.mtlworkbench.ui.help;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Glossary: every {@link Glossary} entry under its section, with a field that keeps only
 * the entries whose term or text contains what is typed. Esc or Ctrl+W closes it.
 */
public final class GlossaryWindow {
  static final double WIDTH = 720;
  static final double HEIGHT = 760;

  private Stage stage;

  /** Brings the window up, created the first time. */
  public void show(Window owner, List<String> sheets) {
    if (stage == null) {
      stage = new Stage();
      stage.initOwner(owner);
      stage.setTitle("Glossary — MTL Workbench");
      var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
      Scene scene = new Scene(content(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
      scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
        if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.W && e.isShortcutDown())) {
          stage.close();
          e.consume();
        }
      });
      stage.setScene(scene);
    }
    stage.getScene().getStylesheets().setAll(sheets);
    stage.show();
    stage.toFront();
  }

  /** The window, once shown (tests). */
  public Stage stage() {
    return stage;
  }

  private static VBox content() {
    TextField search = new TextField();
    search.setId("glossarySearch");
    search.setPromptText("Find a word (conflict, backbone, PCGrad…)");
    VBox list = new VBox(4);
    list.setId("glossaryEntries");
    list.setPadding(new Insets(4, 14, 14, 4));
    ScrollPane scroll = new ScrollPane(list);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("plain-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Runnable fill = () -> fill(list, search.getText());
    search.textProperty().addListener((obs, old, now) -> fill.run());
    fill.run();
    VBox root = new VBox(8, search, scroll);
    root.setId("glossary");
    root.getStyleClass().add("glossary");
    root.setPadding(new Insets(12));
    return root;
  }

  private static void fill(VBox list, String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    list.getChildren().clear();
    String section = null;
    for (Glossary.Entry e : Glossary.entries()) {
      if (!q.isEmpty() && !(e.term() + " " + e.text()).toLowerCase(Locale.ROOT).contains(q)) {
        continue;
      }
      if (!e.section().equals(section)) {
        section = e.section();
        Label heading = new Label(section);
        heading.getStyleClass().add("glossary-section");
        list.getChildren().add(heading);
      }
      Label term = new Label(e.term());
      term.getStyleClass().add("glossary-term");
      Label text = new Label(e.text());
      text.getStyleClass().add("glossary-text");
      text.setWrapText(true);
      text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      VBox entry = new VBox(1, term, text);
      entry.setId("glossary-" + e.term().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
      list.getChildren().add(entry);
    }
    if (list.getChildren().isEmpty()) {
      Label none = new Label("No entry mentions \u201c" + query.strip() + "\u201d.");
      none.setId("glossaryNone");
      list.getChildren().add(none);
    }
  }
}
