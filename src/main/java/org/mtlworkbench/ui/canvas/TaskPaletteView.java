package org.mtlworkbench.ui.canvas;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.edit.TargetInfo;

/**
 * The task palette: one card per target of the dataset. Cards are dragged from here onto the
 * model; a head dragged back here takes its task off the model.
 */
public final class TaskPaletteView extends VBox {
  public static final String HINT =
      "Drag a card onto the backbone to make it a task. Drag a head back here to remove it.";

  private final ExperimentEditor editor;
  private final Label source = new Label();
  private final VBox cards = new VBox(8);
  private DatasetInfo shown;

  public TaskPaletteView(ExperimentEditor editor) {
    this.editor = editor;
    setId("tasksPane");
    getStyleClass().add("workbench-area");
    Label title = new Label("Tasks");
    title.getStyleClass().add("area-title");
    title.setMaxWidth(Double.MAX_VALUE);
    source.setId("datasetSummary");
    source.getStyleClass().add("area-subtitle");
    source.setWrapText(true);
    cards.setId("taskCards");
    cards.getStyleClass().add("card-list");
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("plain-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Label hint = new Label(HINT);
    hint.getStyleClass().add("area-hint-small");
    hint.setWrapText(true);
    getChildren().addAll(title, source, scroll, hint);

    TaskDrag.acceptOn(this, TaskDrag.HEAD, editor::removeTask);
    editor.draftProperty().addListener((obs, old, now) -> refresh());
    editor.datasetProperty().addListener((obs, old, now) -> refresh());
    refresh();
  }

  private void refresh() {
    DatasetInfo dataset = editor.datasetProperty().get();
    if (editor.draft() == null) {
      return;
    }
    if (dataset != shown) {
      rebuild(dataset);
    }
    for (var node : cards.getChildren()) {
      if (node instanceof TaskCard card) {
        String target = card.getId().substring("card-".length());
        card.show(editor.draft().tasks().stream().filter(s -> s.target().equals(target)).findFirst().orElse(null));
      }
    }
  }

  private void rebuild(DatasetInfo dataset) {
    shown = dataset;
    cards.getChildren().clear();
    if (dataset == null) {
      source.setText("Reading the dataset…");
      return;
    }
    source.setText(String.format(Locale.ROOT, "%s · %,d rows · %d features", dataset.name(), dataset.rows(),
        dataset.featureNames().size()));
    List<String> order = dataset.targets().stream().map(TargetInfo::name).toList();
    for (TargetInfo t : dataset.targets()) {
      cards.getChildren().add(new TaskCard(t, TaskColors.index(dataset, order, t.name()), editor));
    }
  }
}
