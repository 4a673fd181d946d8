package org.mtlworkbench.ui.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtlworkbench.balance.OptionInfo;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.LayerSpec;
import org.mtlworkbench.model.ModelSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.optim.OptimizerSpec;
import org.mtlworkbench.train.TrainingSpec;

/**
 * The ViewModel of the experiment being edited: every change the window offers is a method here,
 * each one undoable, each refused with a message while a run holds the model ({@link #lockedProperty()}).
 *
 * <p>Plain Java with JavaFX properties; no scene graph, so the logic is tested without a window.
 */
public final class ExperimentEditor {
  public static final String LOCKED = "The model is locked while it trains: stop the run to change it.";

  private final ReadOnlyObjectWrapper<ExperimentDraft> draft = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(new Selection.Experiment());
  private final BooleanProperty locked = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  /**
   * The read-only view handed out, made once: a view made per call listens to the list only
   * weakly, so a listener added to it stops firing once that view is garbage-collected.
   */
  private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final EditHistory<ExperimentDraft> history = new EditHistory<>();
  private Path baseDir;

  public ExperimentEditor() {
    draft.addListener((obs, old, now) -> revalidate());
    dataset.addListener((obs, old, now) -> revalidate());
    // a refusal is about the part it was made on: looking at another part, it no longer applies
    selection.addListener((obs, old, now) -> lastError.set(""));
  }

  /**
   * Starts editing another experiment; the history starts afresh and the dataset is unknown until
   * {@link #datasetProperty()} is set.
   *
   * @param baseDir the folder relative data paths are relative to
   * @param savedAs the file the experiment is saved in, or {@code null} when saving must ask
   */
  public void open(ExperimentDraft d, Path baseDir, Path savedAs) {
    this.baseDir = baseDir;
    history.clear();
    dataset.set(null);
    selection.set(new Selection.Experiment());
    lastError.set("");
    file.set(savedAs);
    draft.set(d);
    updateHistoryFlags();
  }

  public ReadOnlyObjectProperty<ExperimentDraft> draftProperty() {
    return draft.getReadOnlyProperty();
  }

  public ExperimentDraft draft() {
    return draft.get();
  }

  public ObjectProperty<DatasetInfo> datasetProperty() {
    return dataset;
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  public BooleanProperty lockedProperty() {
    return locked;
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** Why the last edit was refused ("" after one that succeeded). */
  public ReadOnlyStringProperty lastErrorProperty() {
    return lastError.getReadOnlyProperty();
  }

  /** What keeps the draft from running; empty when it can run. */
  public ObservableList<String> problems() {
    return problemsView;
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public Path baseDir() {
    return baseDir;
  }

  /** Remembers where the experiment was saved; relative data paths now resolve against its folder. */
  public void savedAs(Path saved, ExperimentDraft written) {
    file.set(saved);
    baseDir = saved.toAbsolutePath().getParent();
    if (!written.equals(draft.get())) {
      draft.set(written);
    }
  }

  /**
   * Applies an edit.
   *
   * @param key edits with the same key in a row are one undo step (a slider being dragged);
   *     {@code null} for an edit that stands alone
   * @return whether the edit was made; if not, {@link #lastErrorProperty()} says why
   */
  public boolean edit(String key, UnaryOperator<ExperimentDraft> change) {
    if (locked.get()) {
      lastError.set(LOCKED);
      return false;
    }
    ExperimentDraft before = draft.get();
    ExperimentDraft after;
    try {
      after = change.apply(before);
    } catch (InputException e) {
      lastError.set(e.getMessage());
      return false;
    }
    lastError.set("");
    if (after.equals(before)) {
      return true;
    }
    history.recordEdit(before, key);
    draft.set(after);
    keepSelectionValid();
    updateHistoryFlags();
    return true;
  }

  /** Ends a run of coalescing edits (the slider was released). */
  public void sealEdit() {
    history.seal();
  }

  public boolean undo() {
    return travel(true);
  }

  public boolean redo() {
    return travel(false);
  }

  private boolean travel(boolean back) {
    if (locked.get()) {
      lastError.set(LOCKED);
      return false;
    }
    var target = back ? history.undo(draft.get()) : history.redo(draft.get());
    target.ifPresent(d -> {
      draft.set(d);
      keepSelectionValid();
    });
    updateHistoryFlags();
    return target.isPresent();
  }

  // --- tasks -----------------------------------------------------------------------------------

  /** Puts the target's task on the model (a card dropped on the backbone). */
  public boolean addTask(String target) {
    if (draft.get().hasTarget(target)) {
      lastError.set("Task '" + target + "' is already on the model.");
      return false;
    }
    if (dataset.get() != null && dataset.get().target(target).isEmpty()) {
      lastError.set("The dataset has no target column '" + target + "'.");
      return false;
    }
    String declared = dataset.get() == null ? null
        : dataset.get().target(target).filter(TargetInfo::declared).map(TargetInfo::typeId).orElse(null);
    return edit(null, d -> {
      List<TaskSpec> tasks = new ArrayList<>(d.tasks());
      tasks.add(new TaskSpec(null, target, declared, null, null, null));
      return d.withTasks(tasks);
    });
  }

  /** Takes a task off the model (its head dragged off, or deleted); static weights forget it. */
  public boolean removeTask(String taskName) {
    return edit(null, d -> {
      List<TaskSpec> tasks = new ArrayList<>(d.tasks());
      tasks.removeIf(t -> t.name().equals(taskName));
      Map<String, Double> weights = new HashMap<>(d.strategy().weights());
      weights.remove(taskName);
      return d.withTasks(tasks).withStrategy(new StrategySpec(d.strategy().name(), weights, d.strategy().options()));
    });
  }

  /** Replaces a task's settings (type, loss, metric, budget). */
  public boolean updateTask(String taskName, UnaryOperator<TaskSpec> change) {
    return edit("task:" + taskName, d -> d.withTask(taskName, change));
  }

  /** Keeps only the first {@code budget} training labels of a task; {@code null} keeps all. */
  public boolean setLabelBudget(String taskName, Integer budget) {
    return edit("budget:" + taskName, d -> d.withTask(taskName,
        t -> new TaskSpec(t.name(), t.target(), t.type(), t.loss(), t.metric(), budget)));
  }

  // --- model -----------------------------------------------------------------------------------

  public boolean setSharing(Sharing sharing) {
    return edit(null, d -> d.withSharing(sharing));
  }

  public boolean setLambda(double lambda) {
    return edit("lambda", d -> d.withLambda(lambda));
  }

  /**
   * Changes the settings of a sharing scheme (cross-stitch start, experts, levels, k, penalty:
   * {@link ExperimentDraft#schemes()}); the spec records refuse a bad value with their own line,
   * and a value that does not fit the draft's layers (more PLE levels than layers with weights) is
   * refused with the model's line — unless the model was already unbuildable before (no backbone
   * layer yet), whose own problem the window shows. Each change is its own undo step.
   */
  public boolean setSchemes(UnaryOperator<ModelSpec> change) {
    return edit(null, d -> {
      ExperimentDraft after = d.withSchemes(change.apply(d.schemeSettings()));
      if (buildsModel(d)) {
        after.model();
      }
      return after;
    });
  }

  private static boolean buildsModel(ExperimentDraft d) {
    try {
      d.model();
      return true;
    } catch (InputException e) {
      return false;
    }
  }

  /** Adds a layer to the backbone after {@code index} (a copy of it), or a first one. */
  public boolean addBackboneLayer(int index) {
    return edit(null, d -> d.withBackbone(LayerLists.insertAfter(d.backbone(), index)));
  }

  public boolean removeBackboneLayer(int index) {
    return edit(null, d -> d.withBackbone(LayerLists.remove(d.backbone(), index)));
  }

  public boolean updateBackboneLayer(int index, UnaryOperator<LayerSpec> change) {
    return edit("backbone:" + index, d -> d.withBackbone(LayerLists.update(d.backbone(), index, change)));
  }

  public boolean addHeadLayer(int index) {
    return edit(null, d -> d.withHead(LayerLists.insertAfter(d.head(), index)));
  }

  public boolean removeHeadLayer(int index) {
    return edit(null, d -> d.withHead(LayerLists.remove(d.head(), index)));
  }

  public boolean updateHeadLayer(int index, UnaryOperator<LayerSpec> change) {
    return edit("head:" + index, d -> d.withHead(LayerLists.update(d.head(), index, change)));
  }

  // --- training --------------------------------------------------------------------------------

  public boolean setName(String name) {
    return edit("name", d -> d.withName(name));
  }

  public boolean setOptimizer(UnaryOperator<OptimizerSpec> change) {
    return edit("optimizer", d -> d.withOptimizer(change.apply(d.optimizer())));
  }

  public boolean setStrategy(StrategySpec strategy) {
    return edit("strategy", d -> d.withStrategy(strategy));
  }

  /**
   * Picks another strategy: one undo step of its own; its options start at their defaults (they
   * belong to the strategy left), the static weights are kept.
   */
  public boolean chooseStrategy(String name) {
    boolean done = edit(null, d -> d.withStrategy(d.strategy().withName(name)));
    sealEdit();
    return done;
  }

  /**
   * Sets one option of the strategy, refused with the option's own one-line rule ({@link
   * OptionInfo#problem}) when the value is out of its range; {@code null} puts it back to its
   * default. Each value is its own undo step.
   */
  public boolean setStrategyOption(String option, Double value) {
    return edit(null, d -> {
      StrategyInfo info = StrategyCatalog.info(d.strategy().name());
      OptionInfo o = info.option(option).orElseThrow(() -> new InputException(
          "strategy '" + info.name() + "' has no option '" + option + "'"));
      if (value != null) {
        o.problem(info.name(), value).ifPresent(p -> {
          throw new InputException(p);
        });
      }
      Map<String, Double> options = new HashMap<>(d.strategy().options());
      if (value == null) {
        options.remove(option);
      } else {
        options.put(option, value);
      }
      return d.withStrategy(new StrategySpec(d.strategy().name(), d.strategy().weights(), options));
    });
  }

  public boolean setTraining(UnaryOperator<TrainingSpec> change) {
    return edit("training", d -> d.withTraining(change.apply(d.training())));
  }

  // --- conversion ------------------------------------------------------------------------------

  /**
   * The experiment to run or save. When a target column of the dataset is not on the model, the
   * feature columns are written out, so that the unused target never becomes an input.
   *
   * @throws InputException when the draft cannot run ({@link #problems()} says why)
   */
  public ExperimentSpec toSpec() {
    if (!problems.isEmpty()) {
      throw new InputException(problems.get(0));
    }
    ExperimentDraft d = draft.get();
    return d.toSpec(dataFor(d, dataset.get()));
  }

  static DataSpec dataFor(ExperimentDraft d, DatasetInfo info) {
    DataSpec data = d.data();
    if (info == null || data.csv() == null || data.features() != null) {
      return data;
    }
    boolean unused = info.targets().stream().anyMatch(t -> !d.hasTarget(t.name()));
    if (!unused) {
      return data;
    }
    return new DataSpec(data.csv(), null, info.featureNames(), data.impute(), data.split(), data.standardize());
  }

  private void revalidate() {
    if (draft.get() != null) {
      problems.setAll(DraftValidator.problems(draft.get(), dataset.get()));
    }
  }

  private void keepSelectionValid() {
    if (!selection.get().existsIn(draft.get())) {
      selection.set(new Selection.Experiment());
    }
  }

  private void updateHistoryFlags() {
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
  }
}
