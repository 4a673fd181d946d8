package org.mtlworkbench.ui.runs;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.store.RunEntry;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.Workspace;

/**
 * The runs view's state and logic: every run in the workspace, a filter, the final metric to
 * show per task, and delete. Plain Java with JavaFX collections, so it is tested without a window.
 *
 * <p>Reading the workspace ({@link #load()}) is file work and may run on any thread; {@link
 * #show(List)} then updates the lists on the UI thread.
 */
public final class RunsViewModel {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final Workspace workspace;
  private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
  /**
   * The read-only view handed out, made once: a view made per call listens to the list only
   * weakly, so a listener added to it stops firing once that view is garbage-collected.
   */
  private final ObservableList<RunEntry> runsView = FXCollections.unmodifiableObservableList(runs);
  private final FilteredList<RunEntry> shown = new FilteredList<>(runs, e -> true);
  private final StringProperty filter = new SimpleStringProperty("");
  private final ObservableList<String> tasks = FXCollections.observableArrayList();
  private final ObservableList<String> metrics = FXCollections.observableArrayList();
  private final StringProperty metric = new SimpleStringProperty();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private volatile List<String> unreadable = List.of();

  /** The choice of the task columns that shows each task's own metric (the one its experiment scores it by). */
  public static final String TASK_METRIC = "each task's metric";

  public RunsViewModel(Workspace workspace) {
    this.workspace = workspace;
    filter.addListener((obs, old, now) -> shown.setPredicate(e -> matches(e, now)));
  }

  public Workspace workspace() {
    return workspace;
  }

  /** Reads every run's run.json (any thread); what cannot be read is kept for the message line. */
  public List<RunEntry> load() {
    List<String> problems = new java.util.ArrayList<>();
    List<RunEntry> entries = workspace.list(problems::add);
    unreadable = List.copyOf(problems);
    return entries;
  }

  /** Shows what {@link #load()} read (UI thread). */
  public void show(List<RunEntry> entries) {
    runs.setAll(entries);
    Set<String> t = new LinkedHashSet<>();
    Set<String> m = new LinkedHashSet<>();
    m.add(TASK_METRIC);
    for (RunEntry e : entries) {
      t.addAll(e.taskMetrics().keySet());
      for (Map.Entry<String, Map<String, Double>> task : e.finalMetrics().entrySet()) {
        t.add(task.getKey());
        m.addAll(task.getValue().keySet());
      }
    }
    tasks.setAll(t);
    metrics.setAll(m);
    if (metric.get() == null || !m.contains(metric.get())) {
      metric.set(TASK_METRIC);
    }
    message.set(entries.size() + (entries.size() == 1 ? " run in " : " runs in ") + workspace.root()
        + (unreadable.isEmpty() ? "" : " · not listed: " + unreadable.get(0)
            + (unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more)" : "")));
  }

  /** Puts one sentence on the view's message line (what an action did, or why it did not). */
  public void say(String text) {
    message.set(text);
  }

  /** Reads and shows the workspace now (tests; the view reads off the UI thread). */
  public void refresh() {
    show(load());
  }

  /** Whether every word of {@code text} occurs in the run's name, experiment, dataset, sharing, strategy or status. */
  static boolean matches(RunEntry e, String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String hay = String.join(" ", e.name() == null ? "" : e.name(), e.experiment() == null ? "" : e.experiment(),
        e.dataset() == null ? "" : e.dataset(),
        e.sharing() == null ? "" : e.sharing(), e.strategy() == null ? "" : e.strategy(), e.status().id())
        .toLowerCase(Locale.ROOT);
    for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!hay.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Deletes a run's folder. A refusal (the run is still being written, the folder is not a run)
   * is put on {@link #messageProperty()}.
   *
   * @return whether it was deleted
   */
  public boolean delete(RunEntry entry) {
    try {
      workspace.delete(entry.dir());
    } catch (InputException e) {
      message.set("Not deleted: " + e.getMessage());
      return false;
    }
    runs.remove(entry);
    message.set("Deleted " + entry.dir().getFileName());
    return true;
  }

  /** The run's final value of the chosen metric for {@code task}, or null. */
  public Double finalValue(RunEntry e, String task) {
    Map<String, Double> values = e.finalMetrics().get(task);
    String m = metricOf(e, task);
    return values == null || m == null ? null : values.get(m);
  }

  /** The metric the column of {@code task} shows for run {@code e}: the chosen one, or the task's own. */
  public String metricOf(RunEntry e, String task) {
    return TASK_METRIC.equals(metric.get()) ? e.taskMetrics().get(task) : metric.get();
  }

  /**
   * The header of a task's column: the task, then the metric and the split its cells show, as
   * most runs have them ("y1" over "r2 · test"); a cell of another split says so itself
   * ({@link #cell}).
   */
  public String header(String task) {
    List<RunEntry> with = runs.stream().filter(e -> e.taskMetrics().containsKey(task) || e.finalMetrics().containsKey(task)).toList();
    List<String> metricNames = with.stream().map(e -> metricOf(e, task)).filter(java.util.Objects::nonNull).distinct().toList();
    String m = metricNames.size() == 1 ? metricNames.get(0) : TASK_METRIC.equals(metric.get()) ? "metric" : metric.get();
    return task + "\n" + m + " · " + usualSplit(with);
  }

  /** The cell of run {@code e} in the column of {@code task}: its value, and its split when not the column's. */
  public String cell(RunEntry e, String task) {
    Double v = finalValue(e, task);
    if (v == null) {
      return null;
    }
    String usual = usualSplit(runs.stream().filter(r -> r.finalMetrics().containsKey(task)).toList());
    return Numbers.number(v) + (e.finalSplit() != null && !e.finalSplit().equals(usual)
        ? " (" + (e.finalSplit().equals(RunFiles.VALIDATION) ? "val." : e.finalSplit()) + ")" : "");
  }

  /** The split most of these runs' final metrics are of: test, unless more are of validation. */
  static String usualSplit(List<RunEntry> entries) {
    long validation = entries.stream().filter(e -> RunFiles.VALIDATION.equals(e.finalSplit())).count();
    long test = entries.stream().filter(e -> RunFiles.TEST.equals(e.finalSplit())).count();
    return validation > test ? RunFiles.VALIDATION : RunFiles.TEST;
  }

  /** "2026-11-29 09:12:03" in the local time zone; "" when unknown. */
  public static String date(RunEntry e) {
    return e.startedAt() == null ? "" : DATE.format(e.startedAt().atZone(ZoneId.systemDefault()));
  }

  /** The run folders of {@code entries}, in order. */
  public static List<Path> dirs(List<RunEntry> entries) {
    return new ArrayList<>(entries.stream().map(RunEntry::dir).toList());
  }

  /** Every run read, newest first. */
  public ObservableList<RunEntry> runs() {
    return runsView;
  }

  /** The runs that pass the filter (the table sorts a view of these). */
  public ObservableList<RunEntry> shown() {
    return shown;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  /** Every task that has a final metric in some run, one table column each. */
  public ObservableList<String> tasks() {
    return tasks;
  }

  /**
   * {@link #TASK_METRIC} and every final metric name (loss, r2, accuracy, ...); the chosen one
   * fills the task columns.
   */
  public ObservableList<String> metrics() {
    return metrics;
  }

  public StringProperty metricProperty() {
    return metric;
  }

  /** What the last refresh or delete did, or why it did not. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
