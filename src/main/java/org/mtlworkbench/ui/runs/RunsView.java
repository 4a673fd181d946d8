package org.mtlworkbench.ui.runs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mtlworkbench.common.text.Numbers;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.RunEntry;

/**
 * Every run in the workspace: a sortable, filterable table above, the run opened below (in a
 * split pane) as its dashboard looked live. Open, Compare (several runs) and Delete (after asking) act on the
 * selected rows. The logic lives in {@link RunsViewModel}.
 */
public final class RunsView extends BorderPane {
  /** The table's share of the height once a run is open below it. */
  static final double MASTER_SHARE = 0.3;

  private final RunsViewModel model;
  private final Executor background;
  private final TableView<RunEntry> table = new TableView<>();
  private final RecordedRunPane detail;
  private final SplitPane split = new SplitPane();
  private final Label message = new Label();
  private java.util.function.Function<String, java.nio.file.Path> reportDestination;

  /**
   * @param compare called with the selected runs (two or more) when Compare is pressed
   */
  public RunsView(RunsViewModel model, ChartTheme theme, Executor background, Consumer<List<RunEntry>> compare) {
    this.model = model;
    this.background = background;
    this.detail = new RecordedRunPane(theme, background);
    setId("runsView");
    getStyleClass().add("workbench-area");

    TextField filter = new TextField();
    filter.setId("runsFilter");
    filter.setPromptText("Filter: name, experiment, dataset, sharing, strategy, status");
    filter.setPrefColumnCount(26);
    filter.textProperty().bindBidirectional(model.filterProperty());
    ComboBox<String> metric = new ComboBox<>(model.metrics());
    metric.setId("runsMetric");
    metric.setTooltip(new Tooltip("The final metric in each task's column: by default each task's own (the one its"
        + " experiment scores it by); on the test split, else validation, as the column header says"));
    metric.valueProperty().bindBidirectional(model.metricProperty());
    Label metricLabel = new Label("Task columns");
    metricLabel.getStyleClass().add("muted-label");

    Button refresh = button("runsRefresh", "⟳ Refresh", "Read the workspace again");
    refresh.setOnAction(e -> refresh());
    Button open = button("runsOpen", "Open", "Show the selected run's dashboard as recorded (or double-click a row)");
    open.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
    open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
    Button compareButton = button("runsCompare", "Compare", "Overlay the selected runs (select two or more)");
    compareButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
    compareButton.setOnAction(e -> compare.accept(List.copyOf(table.getSelectionModel().getSelectedItems())));
    Button report = button("runsReport", "Report…",
        "The selected run's report (several: their comparison) as one HTML file and the same as PDF beside it");
    javafx.beans.property.BooleanProperty exporting = new javafx.beans.property.SimpleBooleanProperty();
    report.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()).or(exporting));
    report.setOnAction(e -> ReportExport.readAndExport(RunsViewModel.dirs(table.getSelectionModel().getSelectedItems()),
        reportDestination != null ? reportDestination : ReportExport.chooser(getScene().getWindow()), background,
        model::say, exporting::set));
    Button delete = button("runsDelete", "Delete…", "Delete the selected runs' folders (asks first)");
    delete.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
    delete.setOnAction(e -> confirmDelete(List.copyOf(table.getSelectionModel().getSelectedItems())));

    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, filter, metricLabel, metric, grow, refresh, open, compareButton, report, delete);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("area-header");

    table.setId("runsTable");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("No runs yet: every run started with Run, or with the train command, is kept here."));
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    SortedList<RunEntry> sorted = new SortedList<>(model.shown());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    buildColumns();
    model.tasks().addListener((ListChangeListener<String>) c -> buildColumns());
    model.metricProperty().addListener((obs, old, now) -> buildColumns());
    model.runs().addListener((ListChangeListener<RunEntry>) c -> buildColumns());
    table.setRowFactory(t -> {
      TableRow<RunEntry> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          open(row.getItem());
        }
      });
      return row;
    });
    VBox.setVgrow(table, Priority.ALWAYS);

    message.setId("runsMessage");
    message.getStyleClass().add("chart-note");
    message.textProperty().bind(model.messageProperty());
    VBox master = new VBox(6, bar, table, message);
    master.setMinHeight(140);
    detail.setMinHeight(200);

    split.setId("runsSplit");
    split.setOrientation(Orientation.VERTICAL);
    split.getItems().setAll(master);
    setCenter(split);
  }

  private static Button button(String id, String text, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    return b;
  }

  /**
   * The columns, the useful ones first so that they show without scrolling at the window's
   * default width: what the run ran, how it ended, each task's final metric (its header says
   * which metric and split), how far it got and for how long; then date, data and the settings
   * one by one for sorting.
   */
  private void buildColumns() {
    List<TableColumn<RunEntry, ?>> columns = new java.util.ArrayList<>();
    TableColumn<RunEntry, String> name = text("runsColName", "Run", RunEntry::name, 330);
    name.setCellFactory(c -> new TableCell<>() {
      {
        // what the run ran ends the name: a long experiment name gives way in the middle
        setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS);
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        RunEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
        setTooltip(e == null ? null : new Tooltip(item + "\nexperiment: " + e.experiment() + "\n" + e.dir()));
      }
    });
    columns.add(name);
    TableColumn<RunEntry, String> status = text("runsColStatus", "Status", e -> e.status().id(), 75);
    status.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        getStyleClass().removeIf(s -> s.startsWith("run-status-"));
        if (!empty && item != null) {
          getStyleClass().add("run-status-" + item);
        }
      }
    });
    columns.add(status);
    for (String task : model.tasks()) {
      TableColumn<RunEntry, Double> col = new TableColumn<>(model.header(task));
      col.setId("runsColTask-" + task);
      col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.finalValue(c.getValue(), task)));
      col.setCellFactory(c -> new TableCell<>() {
        @Override
        protected void updateItem(Double item, boolean empty) {
          super.updateItem(item, empty);
          RunEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
          setText(e == null ? null : model.cell(e, task));
          setTooltip(e == null || item == null ? null
              : new Tooltip(task + ": " + model.metricOf(e, task) + " on the " + e.finalSplit() + " split"
                  + (e.status() == org.mtlworkbench.store.StoredStatus.CRASHED ? ", after the last epoch it finished" : ", at the end")));
        }
      });
      col.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
      col.setPrefWidth(headerWidth(col.getText()));
      columns.add(col);
    }
    TableColumn<RunEntry, Long> steps = new TableColumn<>("Steps");
    steps.setId("runsColSteps");
    steps.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().steps()));
    steps.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Long item, boolean empty) {
        super.updateItem(item, empty);
        RunEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(e == null ? null : e.progress().steps() == e.progress().totalSteps() ? Numbers.count(e.steps())
            : Numbers.count(e.steps()) + " of " + Numbers.count(e.progress().totalSteps()));
      }
    });
    steps.setPrefWidth(120);
    columns.add(steps);
    TableColumn<RunEntry, Double> time = new TableColumn<>("Ran");
    time.setId("runsColTime");
    time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progress().wallSeconds()));
    time.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Double item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : Numbers.duration(item));
      }
    });
    time.setPrefWidth(60);
    columns.add(time);
    TableColumn<RunEntry, Instant> date = new TableColumn<>("Date");
    date.setId("runsColDate");
    date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().startedAt()));
    date.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Instant item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null
            : RunsViewModel.date(getTableRow().getItem()));
      }
    });
    date.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    date.setPrefWidth(150);
    columns.add(date);
    columns.add(text("runsColDataset", "Dataset", RunEntry::dataset, 130));
    columns.add(text("runsColSharing", "Sharing", RunEntry::sharing, 80));
    columns.add(text("runsColStrategy", "Strategy", RunEntry::strategy, 90));
    TableColumn<RunEntry, Long> seed = new TableColumn<>("Seed");
    seed.setId("runsColSeed");
    seed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seed()));
    seed.setPrefWidth(55);
    columns.add(seed);
    columns.add(text("runsColExperiment", "Experiment", RunEntry::experiment, 260));
    var sortOrder = List.copyOf(table.getSortOrder());
    table.getColumns().setAll(columns);
    for (var c : sortOrder) {
      columns.stream().filter(n -> n.getId().equals(c.getId())).findFirst().ifPresent(n -> {
        n.setSortType(c.getSortType());
        table.getSortOrder().add(n);
      });
    }
  }

  /** Room for a task column's two-line header ("left" over "accuracy · test") without cutting it. */
  static double headerWidth(String header) {
    int longest = java.util.Arrays.stream(header.split("\n")).mapToInt(String::length).max().orElse(0);
    return Math.max(90, 7.5 * longest + 24);
  }

  private static TableColumn<RunEntry, String> text(String id, String title,
      java.util.function.Function<RunEntry, String> value, double width) {
    TableColumn<RunEntry, String> c = new TableColumn<>(title);
    c.setId(id);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** Reads the workspace off the UI thread and shows it. */
  public void refresh() {
    Task<List<RunEntry>> read = new Task<>() {
      @Override
      protected List<RunEntry> call() {
        return model.load();
      }
    };
    read.setOnSucceeded(e -> model.show(read.getValue()));
    read.setOnFailed(e -> model.say("Cannot read the workspace: " + read.getException().getMessage()));
    background.execute(read);
  }

  /** Shows a run's dashboard as it was recorded, below the table. */
  public void open(RunEntry entry) {
    if (entry == null) {
      return;
    }
    detail.open(entry);
    if (!split.getItems().contains(detail)) {
      split.getItems().add(detail);
      split.setDividerPositions(MASTER_SHARE);
    }
  }

  private void confirmDelete(List<RunEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    ButtonType deleteButton = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", deleteButton, ButtonType.CANCEL);
    ask.setTitle("Delete runs");
    ask.setHeaderText(entries.size() == 1
        ? "Delete the run \"" + entries.get(0).name() + "\" of " + RunsViewModel.date(entries.get(0)) + "?"
        : "Delete " + entries.size() + " runs?");
    ask.setContentText("Their folders are removed from the workspace with every file in them. This cannot be undone.");
    ask.getDialogPane().setId("deleteRunsDialog");
    if (getScene() != null) {
      ask.initOwner(getScene().getWindow());
    }
    ask.showAndWait().filter(b -> b == deleteButton).ifPresent(b -> {
      for (RunEntry e : entries) {
        model.delete(e);
      }
    });
  }

  /** Where "Report…" writes, given a suggested file name (tests); the file chooser when not set. */
  public void setReportDestination(java.util.function.Function<String, java.nio.file.Path> where) {
    reportDestination = where;
  }

  public RunsViewModel model() {
    return model;
  }

  public void applyTheme(ChartTheme theme, boolean dark) {
    detail.applyTheme(theme, dark);
  }
}
