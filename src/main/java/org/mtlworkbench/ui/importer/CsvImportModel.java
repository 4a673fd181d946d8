package org.mtlworkbench.ui.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtlworkbench.common.text.OneLine;
import org.mtlworkbench.data.CsvOptions;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.data.Imputation;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.TaskSpec;

/**
 * The ViewModel of the CSV import dialog: one {@link ColumnSetting} per column, the problems the
 * choices leave (per column, for the inline decorations, and in total), and what the import makes
 * once there are none. Nothing here touches the experiment: the dialog hands over a result only
 * when the whole file has loaded.
 */
public final class CsvImportModel {
  private final CsvProfiler.Result file;
  private final List<ColumnSetting> columns = new ArrayList<>();
  private final BooleanProperty imputeMean = new SimpleBooleanProperty();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  /**
   * The read-only view handed out, made once: a view made per call listens to the list only
   * weakly, so a listener added to it stops firing once that view is garbage-collected.
   */
  private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
  private final Map<String, String> columnProblems = new LinkedHashMap<>();

  public CsvImportModel(CsvProfiler.Result file) {
    this.file = file;
    for (ColumnProfile p : file.columns()) {
      ColumnSetting s = new ColumnSetting(p);
      s.roleProperty().addListener((obs, old, now) -> revalidate());
      s.typeProperty().addListener((obs, old, now) -> revalidate());
      columns.add(s);
    }
    imputeMean.addListener((obs, old, now) -> revalidate());
    revalidate();
  }

  public CsvProfiler.Result file() {
    return file;
  }

  public List<ColumnSetting> columns() {
    return columns;
  }

  public Optional<ColumnSetting> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public BooleanProperty imputeMeanProperty() {
    return imputeMean;
  }

  /**
   * What makes the file unusable whatever the roles (a ragged row, a quote never closed), naming
   * the file and the line; the dialog shows it apart from the column problems.
   */
  public Optional<String> fileError() {
    return Optional.ofNullable(file.error());
  }

  /** Everything that keeps the import from going ahead (the file's error first); empty when it can. */
  public ObservableList<String> problems() {
    return problemsView;
  }

  /** The problem of one column, if it has one. */
  public Optional<String> problem(String column) {
    return Optional.ofNullable(columnProblems.get(column));
  }

  private void revalidate() {
    columnProblems.clear();
    for (ColumnSetting c : columns) {
      columnProblem(c).ifPresent(p -> columnProblems.put(c.name(), OneLine.of(p)));
    }
    List<String> all = new ArrayList<>();
    if (file.error() != null) {
      all.add(file.error());
    }
    all.addAll(columnProblems.values());
    if (names(ColumnRole.TARGET).isEmpty()) {
      all.add("Choose at least one target column (a task to learn).");
    }
    if (names(ColumnRole.FEATURE).isEmpty()) {
      all.add("Choose at least one feature column (an input).");
    }
    problems.setAll(all);
  }

  private Optional<String> columnProblem(ColumnSetting c) {
    ColumnProfile p = c.profile();
    String name = "column '" + p.name() + "'";
    if (c.roleProperty().get() == ColumnRole.FEATURE) {
      if (p.texts() > 0) {
        return Optional.of(name + " has text in row " + p.firstTextRow() + " ('" + shorten(p.firstText())
            + "'): a feature must be numeric; make it a target or ignore it");
      }
      if (p.missing() > 0 && !imputeMean.get()) {
        return Optional.of(name + " has a missing value in row " + p.firstMissingRow()
            + ": fill missing features with the column mean, or ignore the column");
      }
      if (p.numbers() == 0) {
        return Optional.of(name + " has no values");
      }
    } else if (c.roleProperty().get() == ColumnRole.TARGET) {
      TaskType type = c.typeProperty().get();
      if (p.numbers() + p.texts() == 0) {
        return Optional.of(name + " has no labels (every cell is empty)");
      }
      if (type == TaskType.REGRESSION && p.texts() > 0) {
        return Optional.of(name + " has text in row " + p.firstTextRow() + " ('" + shorten(p.firstText())
            + "'): it cannot be a regression target");
      }
      if (type != TaskType.REGRESSION && p.distinct() > ColumnProfile.MAX_DISTINCT) {
        return Optional.of(name + " has more than " + ColumnProfile.MAX_DISTINCT
            + " distinct labels: too many classes (regression?)");
      }
      if (type == TaskType.BINARY && p.distinct() != 2) {
        return Optional.of(name + " has " + p.distinct() + " distinct labels: a binary target needs exactly 2");
      }
      if (type == TaskType.MULTICLASS && p.distinct() < 2) {
        return Optional.of(name + " has a single label: a classification target needs at least 2");
      }
    }
    return Optional.empty();
  }

  private List<String> names(ColumnRole role) {
    return columns.stream().filter(c -> c.roleProperty().get() == role).map(ColumnSetting::name).toList();
  }

  /** The options the dataset loader needs to load the file as chosen. */
  public CsvOptions csvOptions() {
    Map<String, TaskType> types = new LinkedHashMap<>();
    for (ColumnSetting c : columns) {
      if (c.roleProperty().get() == ColumnRole.TARGET && c.typeProperty().get() != c.profile().detectedType()) {
        types.put(c.name(), c.typeProperty().get());
      }
    }
    return new CsvOptions(names(ColumnRole.TARGET), names(ColumnRole.FEATURE),
        imputeMean.get() ? Imputation.MEAN : Imputation.NONE, types);
  }

  /** The data section of the new experiment (the CSV by its absolute path). */
  public DataSpec dataSpec() {
    return new DataSpec(file.file().toAbsolutePath().toString(), null, names(ColumnRole.FEATURE),
        imputeMean.get() ? Imputation.MEAN.jsonName() : null, null, null);
  }

  /** A declared type for a target, "regression" etc., or null when it is the detected one. */
  public String declaredType(String target) {
    return column(target).filter(c -> c.typeProperty().get() != c.profile().detectedType())
        .map(c -> TaskSpec.typeId(c.typeProperty().get())).orElse(null);
  }

  private static String shorten(String s) {
    return s.length() > 30 ? s.substring(0, 27) + "..." : s;
  }
}
