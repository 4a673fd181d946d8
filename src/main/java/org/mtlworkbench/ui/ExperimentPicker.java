package org.mtlworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/**
 * Picks the experiment to work on: the shipped samples, plus the experiment open now when it is
 * not one of them.
 */
final class ExperimentPicker extends ComboBox<SampleCatalog.Sample> {
  private final List<SampleCatalog.Sample> samples;
  private boolean showing;

  ExperimentPicker(WorkbenchController controller, List<SampleCatalog.Sample> samples, ObservableValue<Path> opened) {
    this.samples = List.copyOf(samples);
    setId("datasetPicker");
    setTooltip(new Tooltip("A sample experiment to start from, or the experiment you opened"));
    setPromptText("New or imported experiment");
    setPrefWidth(330);
    getItems().setAll(samples);
    disableProperty().bind(controller.editor().lockedProperty());
    valueProperty().addListener((obs, old, now) -> {
      if (!showing && now != null && !controller.open(now.file(), this.samples.contains(now))) {
        follow(opened.getValue(), controller);
      }
    });
    opened.addListener((obs, old, now) -> follow(now, controller));
    follow(opened.getValue(), controller);
  }

  /** Shows the experiment opened from {@code file} (null: imported) as chosen, without opening it again. */
  private void follow(Path file, WorkbenchController controller) {
    SampleCatalog.Sample chosen = null;
    getItems().retainAll(samples);
    if (file != null) {
      chosen = samples.stream().filter(s -> s.file().equals(file)).findFirst().orElse(null);
      if (chosen == null && controller.editor().draft() != null) {
        chosen = new SampleCatalog.Sample(file, controller.editor().draft().name() + " — " + file.getFileName());
        getItems().add(chosen);
      }
    }
    showing = true;
    setValue(chosen);
    showing = false;
  }
}
