package org.mtlworkbench.ui.inspect;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.Selection;

/**
 * The inspector: a ControlsFX PropertySheet for whatever is selected on the model (a layer, a
 * head) or chosen with the buttons above it (experiment, optimiser, strategy, training).
 */
public final class InspectorView extends VBox {
  private final ExperimentEditor editor;
  private final PropertySheet sheet = new PropertySheet();
  private final Label title = new Label();
  private final Label about = new Label();
  private final ToggleGroup sections = new ToggleGroup();
  private List<String> shownNames = List.of();
  private Selection shownSelection;

  public InspectorView(ExperimentEditor editor) {
    this.editor = editor;
    setId("inspector");
    getStyleClass().add("inspector");
    title.setId("inspectorTitle");
    title.getStyleClass().add("section-title");

    HBox buttons = new HBox(4,
        section("Experiment", new Selection.Experiment()),
        section("Optimiser", new Selection.Optimizer()),
        section("Strategy", new Selection.Strategy()),
        section("Training", new Selection.Training()));
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.getStyleClass().add("inspector-sections");

    sheet.setId("propertySheet");
    sheet.setModeSwitcherVisible(false);
    sheet.setSearchBoxVisible(false);
    sheet.setMode(PropertySheet.Mode.NAME);
    sheet.setPropertyEditorFactory(new InspectorEditors());
    sheet.disableProperty().bind(editor.lockedProperty());
    VBox.setVgrow(sheet, Priority.ALWAYS);

    about.setId("inspectorAbout");
    about.getStyleClass().add("inspector-about");
    about.setWrapText(true);
    about.setMinHeight(Region.USE_PREF_SIZE);
    about.managedProperty().bind(about.textProperty().isNotEmpty());
    about.visibleProperty().bind(about.managedProperty());

    getChildren().addAll(buttons, title, about, sheet);
    editor.selectionProperty().addListener((obs, old, now) -> refresh());
    editor.draftProperty().addListener((obs, old, now) -> refresh());
    editor.datasetProperty().addListener((obs, old, now) -> {
      shownSelection = null;
      refresh();
    });
    refresh();
  }

  private ToggleButton section(String text, Selection selection) {
    ToggleButton b = new ToggleButton(text);
    b.setId("inspect" + text);
    b.setToggleGroup(sections);
    b.setUserData(selection);
    b.getStyleClass().add("small-button");
    b.setOnAction(e -> editor.selectionProperty().set(selection));
    return b;
  }

  /** Rebuilds the rows when the selection or the set of rows changes; values follow by binding. */
  private void refresh() {
    if (editor.draft() == null) {
      return;
    }
    Selection s = editor.selectionProperty().get();
    List<InspectorItem> items = InspectorItems.of(editor, s);
    List<String> names = items.stream().map(i -> i.getName() + i.choices()).toList();
    sections.getToggles().forEach(t -> t.setSelected(s.equals(t.getUserData())));
    about.setText(InspectorItems.about(editor, s));
    if (s.equals(shownSelection) && names.equals(shownNames)) {
      return;
    }
    shownSelection = s;
    shownNames = names;
    title.setText(items.isEmpty() ? "" : items.get(0).getCategory());
    sheet.getItems().setAll(items);
  }
}
