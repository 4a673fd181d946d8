package org.mtlworkbench.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.report.chart.AffinityMatrixChart;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyWording;
import org.mtlworkbench.study.TaskGroups;

/**
 * The study's task affinity, per sharing scheme: the K×K heatmap of the mean lookahead affinity
 * Z(i→j) over its finished runs (TAG, Fifty et al. 2021) and the suggested partitions into 2 and 3
 * groups with their scores, as {@link StudyResults#affinity()} computes them from the runs'
 * run.json. Redrawn whenever a run ends; a run's own measurements count once it has finished.
 * Next to each suggested partition, "Test this grouping" hands it to the view ({@link #onTest}),
 * which starts the study that trains each group as its own model against all tasks together; it
 * is off, saying why, while a study runs.
 */
public final class StudyAffinityPane extends ScrollPane {
  static final double CHART_SIDE = 420;

  private final VBox content = new VBox(10);
  private ChartTheme theme;
  private StudyResults results;
  private boolean measured;
  private Consumer<List<List<String>>> test = g -> { };
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final List<Label> shown = new ArrayList<>();

  public StudyAffinityPane(ChartTheme theme) {
    this.theme = theme;
    setId("studyAffinityPane");
    setFitToWidth(true);
    content.setPadding(new Insets(8));
    setContent(content);
    show(null, false);
  }

  /**
   * What "Test this grouping" does, and when it is off.
   *
   * @param action given the grouping to test
   * @param running true while a study runs (the button is off then)
   */
  public void onTest(Consumer<List<List<String>>> action, ObservableValue<Boolean> running) {
    this.test = action;
    busy.bind(running);
  }

  /**
   * @param r the results (null: none yet)
   * @param measuring whether the study measures affinity (else the pane says how to turn it on)
   */
  public void show(StudyResults r, boolean measuring) {
    this.results = r;
    this.measured = measuring;
    content.getChildren().clear();
    shown.clear();
    if (r == null || r.affinity().isEmpty()) {
      content.getChildren().add(note(measuring ? "No run with measured affinity has finished yet."
          : "Task affinity is not measured in this study: tick \"Measure task affinity\" before Start."));
      return;
    }
    for (StudyResults.SharingAffinity s : r.affinity()) {
      AffinityReport a = s.report();
      ChartViewer viewer = new ChartViewer(AffinityMatrixChart.create(a.tasks(), a.values(), "Task affinity (" + s.sharing() + ")",
          theme), false);
      viewer.setId("studyAffinityChart-" + s.sharing());
      viewer.setPrefSize(CHART_SIDE + 60, CHART_SIDE);
      viewer.setMinWidth(CHART_SIDE + 60);
      viewer.setMaxWidth(CHART_SIDE + 60);
      // the suggestions beside the heatmap, not under it: "Test this grouping" in view without scrolling
      VBox side = new VBox(8);
      side.getChildren().add(note("Mean lookahead affinity Z(i→j) over " + s.runs() + (s.runs() == 1 ? " run" : " runs") + " and "
          + a.measurements() + " measurements: how much a step on task i alone lowered task j's loss. Positive: i helps j."));
      if (a.groupings().isEmpty()) {
        side.getChildren().add(note("With " + a.tasks().size() + " tasks there is no grouping to suggest beyond all together"
            + " or each alone."));
      } else {
        Label title = new Label("Suggested groupings");
        title.getStyleClass().add("area-title-text");
        side.getChildren().add(title);
      }
      for (AffinityReport.Grouping g : a.groupings()) {
        Label l = new Label(g.groups().size() + " groups: " + StudyWording.grouping(g));
        l.getStyleClass().add("study-grouping");
        shown.add(l);
        side.getChildren().add(testable(l, g.groups(), "studyTestGrouping-" + s.sharing() + "-" + g.groups().size()));
      }
      if (!a.groupings().isEmpty()) {
        side.getChildren().add(note("Score: the affinity onto each task from the other members of its group, summed over the tasks"
            + " (higher is better). A grouping is a suggestion: \"Test this grouping\" trains each group as its own model and"
            + " compares it with all tasks together in a new study."));
      }
      HBox.setHgrow(side, Priority.ALWAYS);
      content.getChildren().add(new HBox(16, viewer, side));
    }
  }

  /**
   * A suggested grouping's line with its button. The tooltip sits on the line, not the button: a
   * disabled control shows no tooltip, and the line says why the button is off.
   */
  private HBox testable(Label text, List<List<String>> groups, String id) {
    Button b = new Button("Test this grouping");
    b.setId(id);
    b.setMnemonicParsing(false);
    b.disableProperty().bind(busy);
    b.setOnAction(e -> test.accept(groups));
    HBox line = new HBox(10, text, b);
    line.setAlignment(Pos.CENTER_LEFT);
    line.getStyleClass().add("study-grouping-line");
    Tooltip why = new Tooltip();
    why.textProperty().bind(Bindings.when(busy).then("A study is running: wait for it to end, or cancel it, to test this grouping.")
        .otherwise("Start a new study: this study's strategies, sharing schemes and seeds, with baselines, training "
            + TaskGroups.label(groups) + " each as its own model against all tasks together."));
    why.setWrapText(true);
    why.setMaxWidth(420);
    Tooltip.install(line, why);
    return line;
  }

  /** The groupings shown, in words (for tests). */
  List<String> groupings() {
    return shown.stream().map(Label::getText).toList();
  }

  public void applyTheme(ChartTheme t) {
    this.theme = t;
    show(results, measured);
  }

  private static Label note(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("chart-note");
    return l;
  }
}
