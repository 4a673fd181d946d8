package org.mtlworkbench.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CsvDatasetLoader;
import org.mtlworkbench.data.Dataset;
import org.mtlworkbench.data.TaskType;
import org.mtlworkbench.model.TaskSpec;

/**
 * The CSV import dialog: a preview of the first rows, a role (feature / target / ignore) and a
 * type per column, problems shown at the column (ControlsFX decorations) and listed below.
 * Import loads the whole file off the UI thread; only a file that loads completely is handed on,
 * so a failed import changes nothing.
 *
 * <p>A file that no choice of roles can fix (a ragged row, a quote never closed, a file that is
 * not text) is named at the top in a red box, file, line and what is wrong, above the rows read
 * before it; {@link #unreadable} shows the box alone when not even a header could be read.
 */
public final class CsvImportDialog extends Dialog<Dataset> {
  private final CsvImportModel model;
  private final ValidationSupport validation = new ValidationSupport();
  private final Label problems = shownWhenSet(new Label());
  private final Label loadError = shownWhenSet(new Label());

  public CsvImportDialog(CsvImportModel model, java.util.concurrent.Executor background) {
    this.model = model;
    CsvProfiler.Result file = model.file();
    setTitle("Import " + file.file().getFileName());
    setHeaderText(String.format(Locale.ROOT, "%s · %,d rows%s · %d columns", file.file().getFileName(), file.rows(),
        file.error() == null ? "" : " read before the error", file.header().size()));
    setResizable(true);
    getDialogPane().setId("csvImportDialog");
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
    ok.setText("Import");
    ok.setId("importOk");

    problems.setId("importProblems");
    problems.getStyleClass().add("problems");
    problems.setWrapText(true);
    loadError.setId("importLoadError");
    loadError.getStyleClass().add("problems");
    loadError.setWrapText(true);
    CheckBox impute = new CheckBox("Fill missing feature values with the column mean");
    impute.setId("importImpute");
    impute.selectedProperty().bindBidirectional(model.imputeMeanProperty());

    VBox content = new VBox(10, section("Preview of the first rows"), preview(file), section("Columns"),
        columnGrid(), impute, problems, loadError);
    model.fileError().ifPresent(error -> content.getChildren().add(0, errorBox(error)));
    content.setPadding(new Insets(4));
    content.setPrefWidth(760);
    getDialogPane().setContent(content);

    Runnable show = () -> {
      List<String> columnProblems = model.problems().stream().filter(p -> model.fileError().map(f -> !f.equals(p)).orElse(true))
          .toList();
      problems.setText(columnProblems.isEmpty() ? "" : "⚠  " + String.join("\n⚠  ", columnProblems));
      ok.setDisable(!model.problems().isEmpty());
      loadError.setText("");
    };
    model.problems().addListener((ListChangeListener<String>) c -> show.run());
    show.run();

    ok.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume(); // close only once the whole file has loaded
      ok.setDisable(true);
      loadError.setText("Loading…");
      Task<Dataset> load = new Task<>() {
        @Override
        protected Dataset call() {
          return CsvDatasetLoader.load(file.file(), model.csvOptions());
        }
      };
      load.setOnSucceeded(done -> {
        setResult(load.getValue());
        close();
      });
      load.setOnFailed(failed -> {
        Throwable t = load.getException();
        loadError.setText("Not imported: " + (t instanceof InputException ? t.getMessage() : t.toString()));
        ok.setDisable(!model.problems().isEmpty());
      });
      background.execute(load);
    });
    setResultConverter(button -> null);
    // A mark beside the control and an "error" style class on it (the stylesheet draws a red edge).
    // ControlsFX decorates only after the user's first change unless told to from the start, and
    // the controls must be in a scene by then: so once the dialog is on screen.
    validation.setValidationDecorator(new CompoundValidationDecoration(
        new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
    setOnShown(e -> validation.initInitialDecoration());
  }

  /**
   * The dialog for a file of which not even a header could be read (empty, not text, not a
   * file): the error in the red box, and Close.
   */
  public static Dialog<Dataset> unreadable(java.nio.file.Path file, String error) {
    Dialog<Dataset> d = new Dialog<>();
    d.setTitle("Import " + file.getFileName());
    d.setHeaderText(file.getFileName() + " cannot be imported");
    d.getDialogPane().setId("csvImportDialog");
    d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    VBox content = new VBox(10, errorBox(error));
    content.setPadding(new Insets(4));
    content.setPrefWidth(640);
    d.getDialogPane().setContent(content);
    d.setResultConverter(button -> null);
    return d;
  }

  /** The red box naming the file, the line and what is wrong. */
  static Label errorBox(String error) {
    Label box = new Label("✖  " + error);
    box.setId("importFileError");
    box.getStyleClass().add("input-error");
    box.setWrapText(true);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  /** A message label that takes no room, and shows no empty box, while it has no text. */
  private static Label shownWhenSet(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  public CsvImportModel model() {
    return model;
  }

  /** What ControlsFX validation currently reports, for tests and the dialog's own use. */
  public ValidationResult validationResult() {
    return validation.getValidationResult();
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("section-title");
    return l;
  }

  private static TableView<List<String>> preview(CsvProfiler.Result file) {
    TableView<List<String>> table = new TableView<>();
    table.setId("importPreview");
    for (int c = 0; c < file.header().size(); c++) {
      int index = c;
      TableColumn<List<String>, String> col = new TableColumn<>(file.header().get(c));
      col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
      col.setSortable(false);
      col.setPrefWidth(90);
      table.getColumns().add(col);
    }
    table.getItems().setAll(new ArrayList<>(file.preview()));
    table.setPrefHeight(180);
    return table;
  }

  private ScrollPane columnGrid() {
    GridPane grid = new GridPane();
    grid.setId("importColumns");
    grid.setHgap(10);
    grid.setVgap(4);
    grid.addRow(0, header("Column"), header("Role"), header("Type"), header("Found"));
    int row = 1;
    for (ColumnSetting c : model.columns()) {
      ComboBox<ColumnRole> role = new ComboBox<>();
      role.setId("role-" + c.name());
      role.getItems().setAll(ColumnRole.values());
      role.valueProperty().bindBidirectional(c.roleProperty());
      ComboBox<TaskType> type = new ComboBox<>();
      type.setId("type-" + c.name());
      type.getItems().setAll(TaskType.values());
      type.valueProperty().bindBidirectional(c.typeProperty());
      type.disableProperty().bind(c.roleProperty().isNotEqualTo(ColumnRole.TARGET));
      type.setConverter(new javafx.util.StringConverter<>() {
        @Override
        public String toString(TaskType t) {
          return t == null ? "" : TaskSpec.typeId(t);
        }

        @Override
        public TaskType fromString(String s) {
          return TaskSpec.typeOf(s);
        }
      });
      Label found = new Label(c.profile().summary());
      found.getStyleClass().add("muted-label");
      // The mark goes where the fix is: the type of a target, the role of anything else.
      validation.registerValidator(role, false,
          (control, value) -> problemOf(control, c.name(), c.roleProperty().get() != ColumnRole.TARGET));
      validation.registerValidator(type, false,
          (control, value) -> problemOf(control, c.name(), c.roleProperty().get() == ColumnRole.TARGET));
      c.typeProperty().addListener((obs, old, now) -> validation.revalidate());
      c.roleProperty().addListener((obs, old, now) -> validation.revalidate());
      grid.addRow(row++, new Label(c.name()), role, type, found);
    }
    model.imputeMeanProperty().addListener((obs, old, now) -> validation.revalidate());
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(Math.min(260, 32.0 * (model.columns().size() + 1)));
    VBox.setVgrow(scroll, Priority.ALWAYS);
    return scroll;
  }

  private ValidationResult problemOf(javafx.scene.control.Control control, String column, boolean here) {
    return ValidationResult.fromMessageIf(control, model.problem(column).orElse(""), Severity.ERROR,
        here && model.problem(column).isPresent());
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("muted-label");
    return l;
  }
}
