package org.mtlworkbench.ui.runs;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.mtlworkbench.ui.edit.ExperimentDraft;

/**
 * The window title's ViewModel: the experiment's name, and a {@code *} while what is on screen
 * differs from what was last opened or saved.
 *
 * <p>"Unsaved" compares drafts rather than counting edits, so undoing back to the saved state
 * clears the mark, as in most editors.
 */
public final class ExperimentTitle {
  private final String app;
  private final ObservableValue<ExperimentDraft> draft;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
  private ExperimentDraft saved;

  /** @param app the application's name, always last in the title */
  public ExperimentTitle(String app, ObservableValue<ExperimentDraft> draft) {
    this.app = app;
    this.draft = draft;
    saved = draft.getValue();
    draft.addListener((obs, old, now) -> update());
    update();
  }

  /** The draft on screen now is what its file holds (it was just opened, imported or saved). */
  public void markSaved() {
    saved = draft.getValue();
    update();
  }

  private void update() {
    ExperimentDraft d = draft.getValue();
    unsaved.set(d != null && !Objects.equals(d, saved));
    if (d == null) {
      title.set(app);
      return;
    }
    String name = d.name() == null || d.name().isBlank() ? "Untitled" : d.name();
    title.set(name + (unsaved.get() ? " *" : "") + " — " + app);
  }

  /** "name * — MTL Workbench", or the application's name alone when nothing is open. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty unsavedProperty() {
    return unsaved.getReadOnlyProperty();
  }
}
