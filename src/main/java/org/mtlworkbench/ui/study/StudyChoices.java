package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.ExperimentSpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.SeedsSpec;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.TaskGroups;

/**
 * What the user has chosen for a study in the window: strategies (by the engine's names, {@link
 * StrategyCatalog#NAMES}), sharing schemes, the number of seeds, baselines and affinity on or off,
 * and a grouping of the tasks to test (set from the affinity tab, or by a study file).
 * It turns them into a {@link Study} of the experiment at hand, or says in one line why it
 * cannot ({@link #problem}): the window shows that line next to a disabled Start.
 */
public final class StudyChoices {
  private final ObservableList<String> strategies = FXCollections.observableArrayList();
  private final ObservableList<Sharing> sharings = FXCollections.observableArrayList();
  private final IntegerProperty seeds = new SimpleIntegerProperty(SeedsSpec.DEFAULT_COUNT);
  private final BooleanProperty baselines = new SimpleBooleanProperty(true);
  private final BooleanProperty affinity = new SimpleBooleanProperty(false);
  private final ObjectProperty<List<List<String>>> groups = new SimpleObjectProperty<>(List.of());

  /** The chosen strategies, in the catalog's order. */
  public ObservableList<String> strategies() {
    return strategies;
  }

  /** The chosen sharing schemes; none means the experiment's own. */
  public ObservableList<Sharing> sharings() {
    return sharings;
  }

  public IntegerProperty seedsProperty() {
    return seeds;
  }

  public BooleanProperty baselinesProperty() {
    return baselines;
  }

  public BooleanProperty affinityProperty() {
    return affinity;
  }

  /** The grouping of the tasks the study tests against all of them together ({@link TaskGroups}); empty for none. */
  public ObjectProperty<List<List<String>>> groupsProperty() {
    return groups;
  }

  /** Ticks or unticks a strategy, keeping the catalog's order. */
  public void choose(String strategy, boolean on) {
    if (on && !strategies.contains(strategy)) {
      List<String> now = new ArrayList<>(strategies);
      now.add(strategy);
      now.sort((a, b) -> Integer.compare(order(a), order(b)));
      strategies.setAll(now);
    } else if (!on) {
      strategies.remove(strategy);
    }
  }

  /** Ticks or unticks a sharing scheme, keeping the enum's order. */
  public void choose(Sharing sharing, boolean on) {
    if (on && !sharings.contains(sharing)) {
      List<Sharing> now = new ArrayList<>(sharings);
      now.add(sharing);
      now.sort(null);
      sharings.setAll(now);
    } else if (!on) {
      sharings.remove(sharing);
    }
  }

  /** Takes over the choices of a study read from a file. */
  public void load(Study study) {
    strategies.setAll(study.strategies());
    sharings.setAll(study.sharings());
    seeds.set(study.seeds().size());
    baselines.set(study.baselines());
    affinity.set(study.affinity());
    groups.set(study.groups());
  }

  /**
   * Why these choices cannot run on {@code experiment}, in one line, or empty when they can: no
   * strategy, fewer than one seed, or a strategy that does not work with a sharing scheme (the
   * engine's own check, {@link Study#check}).
   */
  public Optional<String> problem(ExperimentSpec experiment, Path baseDir) {
    if (experiment == null) {
      return Optional.of("Open an experiment first: a study runs the experiment with each strategy.");
    }
    if (strategies.isEmpty()) {
      return Optional.of("Choose at least one strategy.");
    }
    if (seeds.get() < 1) {
      return Optional.of("Seeds must be 1 or more, got " + seeds.get() + ".");
    }
    try {
      study(experiment, baseDir);
      return Optional.empty();
    } catch (InputException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The study of these choices: named after the experiment, its seeds counted from the
   * experiment's {@code training.seed}, as {@code sweep EXPERIMENT.json} would run it.
   *
   * @param baseDir the experiment file's folder (a relative CSV path is relative to it)
   * @throws InputException one line, when a combination cannot run
   */
  public Study study(ExperimentSpec experiment, Path baseDir) {
    Study s = Study.of(experiment, baseDir, List.copyOf(strategies), List.copyOf(sharings), seeds.get(), baselines.get(),
        affinity.get());
    return groups.get().isEmpty() ? s : s.withGroups(groups.get());
  }

  private static int order(String strategy) {
    int i = StrategyCatalog.NAMES.indexOf(strategy);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
