package org.mtlworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentFiles;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.store.Workspace;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.DatasetInspector;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;
import org.mtlworkbench.ui.run.BaselineSession;
import org.mtlworkbench.ui.run.RunSession;
import org.mtlworkbench.ui.run.RunState;
import org.mtlworkbench.ui.runs.ExperimentTitle;

/**
 * The window's commands that involve files, threads or both: open, save, import, run. Views call
 * these; the ViewModels ({@link ExperimentEditor}, {@link RunSession}) hold the state.
 */
final class WorkbenchController {
  private final ExperimentEditor editor;
  private final RunSession session;
  private final BaselineSession baselines;
  private final WorkbenchPreferences preferences;
  private final StatusBar status;
  private final Executor background;
  private final javafx.beans.property.ObjectProperty<Path> source = new javafx.beans.property.SimpleObjectProperty<>();
  private final ExperimentTitle title;
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  /**
   * The read-only view handed out, made once: a view made per call listens to the list only
   * weakly, so a listener added to it stops firing once that view is garbage-collected.
   */
  private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
  /** How many experiments were put on screen (opened, imported, new): each one's dataset read is told apart by it. */
  private final javafx.beans.property.ReadOnlyIntegerWrapper opened = new javafx.beans.property.ReadOnlyIntegerWrapper();
  private DatasetInfo known;
  private Window owner;
  private UnsavedChanges.Prompt unsavedPrompt = name -> UnsavedChanges.Choice.DISCARD;

  WorkbenchController(ExperimentEditor editor, RunSession session, WorkbenchPreferences preferences, StatusBar status,
      Executor background) {
    this.editor = editor;
    this.session = session;
    this.preferences = preferences;
    this.status = status;
    this.background = background;
    this.title = new ExperimentTitle(WorkbenchApp.TITLE, editor.draftProperty());
    recent.setAll(preferences.recentExperiments());
    editor.lockedProperty().bind(session.stateProperty().isNotEqualTo(RunState.ENDED)
        .and(session.stateProperty().isNotEqualTo(RunState.IDLE)));
    editor.lastErrorProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty()) {
        status.showError(now);
      } else {
        status.clearError(old); // the refusal no longer applies: a later edit was taken
      }
    });
    session.messageProperty().addListener((obs, old, now) -> status.showMessage(now));
    // the baseline cache of the workspace the runs go to, shared with `train --baselines` there
    this.baselines = new BaselineSession(session, editor::baseDir,
        () -> (session.workspace() != null ? session.workspace() : Workspace.defaultWorkspace()).root().resolve(".baselines"));
    baselines.messageProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty()) {
        status.showMessage(now);
      }
    });
  }

  /** The window that owns the dialogs, and how to ask about unsaved edits (the app's dialog). */
  void attach(Window window, UnsavedChanges.Prompt prompt) {
    this.owner = window;
    this.unsavedPrompt = prompt;
  }

  /**
   * Whether the experiment on screen may be replaced: yes when it has no unsaved edits; else the
   * user chooses Save (yes once it is saved), Discard (yes) or Cancel (no: edits and undo
   * history stay as they are).
   */
  boolean confirmLeaving() {
    if (!title.unsavedProperty().get()) {
      return true;
    }
    return switch (unsavedPrompt.ask(editor.draft().name())) {
      case SAVE -> {
        save(owner);
        yield !title.unsavedProperty().get();
      }
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  /** The single-task baselines of finished runs (off until the user ticks Baselines). */
  BaselineSession baselines() {
    return baselines;
  }

  /** The file the experiment on screen was opened or saved from; {@code null} for an import. */
  javafx.beans.value.ObservableValue<Path> source() {
    return source;
  }

  ExperimentEditor editor() {
    return editor;
  }

  /** The window title: the experiment's name and whether it has unsaved changes. */
  ExperimentTitle title() {
    return title;
  }

  /** File → Open Recent, newest first. */
  ObservableList<Path> recent() {
    return recentView;
  }

  /** Opens a file from File → Open Recent (a sample opens as a template, as from the picker). */
  boolean openRecent(Path file) {
    return open(file, isSample(file));
  }

  RunSession session() {
    return session;
  }

  /** Opens the experiment remembered from last time, else the first sample; false when there is none. */
  boolean openInitial() {
    var last = preferences.lastExperiment();
    if (last.isPresent() && load(last.get(), isSample(last.get()))) {
      return true;
    }
    List<SampleCatalog.Sample> samples = SampleCatalog.find();
    return !samples.isEmpty() && load(samples.get(0).file(), true);
  }

  /**
   * Opens an experiment file, after asking about unsaved edits; a sample is opened as a template
   * (saving asks where).
   *
   * @return false when the user kept the experiment on screen, or (with the reason on the status
   *     bar) when the file cannot be read
   */
  boolean open(Path file, boolean sample) {
    return confirmLeaving() && load(file, sample);
  }

  private boolean load(Path file, boolean sample) {
    if (session.state().isActive()) {
      status.showError(ExperimentEditor.LOCKED);
      return false;
    }
    ExperimentSpec spec;
    try {
      spec = ExperimentFiles.read(file);
    } catch (InputException e) {
      status.showError(e.getMessage());
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    show(ExperimentDraft.fromSpec(spec), dir, sample ? null : file.toAbsolutePath());
    source.set(file.toAbsolutePath().normalize());
    remember(file);
    status.showMessage("Opened " + spec.name());
    return true;
  }

  /** Shows a draft (opened, imported) and reads its dataset in the background. */
  void show(ExperimentDraft draft, Path baseDir, Path savedAs) {

    source.set(null);
    editor.open(draft, baseDir, savedAs);
    title.markSaved();
    opened.set(opened.get() + 1);
    int generation = opened.get();
    if (known != null) {
      editor.datasetProperty().set(known);
      known = null;
      return;
    }
    List<String> targets = draft.tasks().stream().map(TaskSpec::target).toList();
    Task<DatasetInfo> read = new Task<>() {
      @Override
      protected DatasetInfo call() {
        return DatasetInspector.inspect(draft.data(), baseDir, targets);
      }
    };
    read.setOnSucceeded(e -> {
      if (generation == opened.get()) {
        editor.datasetProperty().set(read.getValue());
      }
    });
    read.setOnFailed(e -> {
      if (generation == opened.get()) {
        Throwable t = read.getException();
        status.showError(t instanceof InputException ? t.getMessage() : "Cannot read the dataset: " + t);
      }
    });
    background.execute(read);
  }

  /** Counts the experiments put on screen: it changes when another one (opened, imported, new) replaces the last. */
  javafx.beans.property.ReadOnlyIntegerProperty experimentsShown() {
    return opened.getReadOnlyProperty();
  }

  /** Starts a new experiment on an imported dataset, with no task on the model yet. */
  void showImported(ExperimentDraft draft, DatasetInfo dataset) {
    if (session.state().isActive()) {
      status.showError(ExperimentEditor.LOCKED);
      return;
    }
    known = dataset;
    show(draft, null, null);
    status.showMessage("Imported " + dataset.name() + ": drag its task cards onto the backbone");
  }

  /**
   * The colour index of a task of the running (or last) experiment: its target's place in the
   * dataset, as on its card and head.
   */
  int colourOf(String taskName) {
    ExperimentSpec spec = session.specProperty().get();
    List<String> targets = spec == null ? List.of() : spec.tasks().stream().map(TaskSpec::target).toList();
    String target = spec == null ? taskName : spec.tasks().stream().filter(t -> t.name().equals(taskName))
        .map(TaskSpec::target).findFirst().orElse(taskName);
    return org.mtlworkbench.ui.canvas.TaskColors.index(editor.datasetProperty().get(), targets, target);
  }

  Executor background() {
    return background;
  }

  void showError(String message) {
    status.showError(message);
  }

  void run() {
    if (session.state().isActive()) {
      return;
    }
    ExperimentSpec spec;
    try {
      spec = editor.toSpec();
    } catch (InputException e) {
      status.showError(e.getMessage());
      return;
    }
    session.start(spec, editor.baseDir(), editor.fileProperty().get());
  }

  /** Saves to the experiment's file, or asks where when it has none (a sample, an import). */
  void save(Window owner) {
    Path file = editor.fileProperty().get();
    if (file == null) {
      saveAs(owner);
    } else {
      saveTo(file);
    }
  }

  void saveAs(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save experiment");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment (*.json)", "*.json"));
    chooser.setInitialFileName("experiment.json");
    var chosen = chooser.showSaveDialog(owner);
    if (chosen != null) {
      saveTo(chosen.toPath());
    }
  }

  /** Writes the experiment to {@code file} and makes it the experiment's file (Save, Save as…, tests). */
  void saveTo(Path file) {
    try {
      ExperimentSpec spec = ExperimentFilesOnDisk.rebased(editor.toSpec(), editor.baseDir(), file.toAbsolutePath().getParent());
      ExperimentFiles.write(spec, file);
      editor.savedAs(file.toAbsolutePath(), ExperimentDraft.fromSpec(spec));
      source.set(file.toAbsolutePath().normalize());
      title.markSaved();
      remember(file);
      status.showMessage("Saved " + file.getFileName());
    } catch (InputException e) {
      status.showError("Not saved: " + e.getMessage());
    } catch (RuntimeException e) {
      status.showError("Not saved: " + e.getMessage());
    }
  }

  private void remember(Path file) {
    preferences.saveLastExperiment(file.toAbsolutePath());
    recent.setAll(preferences.recentExperiments());
  }

  /**
   * Lets the user pick the folder where runs are kept; it is remembered and used from the next
   * launch (the runs of this session stay where they are).
   */
  void chooseWorkspace(Window owner, Path current) {
    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
    chooser.setTitle("Folder where runs are kept");
    if (current != null && java.nio.file.Files.isDirectory(current)) {
      chooser.setInitialDirectory(current.toFile());
    }
    var chosen = chooser.showDialog(owner);
    if (chosen != null) {
      preferences.saveWorkspace(chosen.toPath());
      status.showMessage("Runs will be kept in " + chosen + " from the next launch.");
    }
  }

  void openWithChooser(Window owner) {
    if (!confirmLeaving()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open experiment");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment (*.json)", "*.json"));
    var chosen = chooser.showOpenDialog(owner);
    if (chosen != null) {
      load(chosen.toPath(), false);
    }
  }

  /**
   * File → New experiment: after asking about unsaved edits, a new experiment on the same data,
   * every setting at its default and no task yet (saving asks where).
   */
  void newExperiment() {
    ExperimentDraft d = editor.draft();
    if (d == null || session.state().isActive()) {
      status.showError(d == null ? "Open or import a dataset first." : ExperimentEditor.LOCKED);
      return;
    }
    if (!confirmLeaving()) {
      return;
    }
    DatasetInfo dataset = editor.datasetProperty().get();
    known = dataset;
    show(ExperimentDraft.fresh(ExperimentDraft.UNTITLED, d.data(), d.inputShape()), editor.baseDir(), null);
    status.showMessage("New experiment: drag task cards onto the backbone");
  }

  static boolean isSample(Path file) {
    return SampleCatalog.folder().map(f -> file.toAbsolutePath().normalize().startsWith(f.toAbsolutePath().normalize()))
        .orElse(false);
  }
}
