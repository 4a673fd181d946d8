package org.mtlworkbench.ui.study;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.mtlworkbench.report.chart.AffinityMatrixChart;
import org.mtlworkbench.report.chart.ChartTheme;
import org.mtlworkbench.store.AffinityReport;
import org.mtlworkbench.study.StudyResults;
import org.mtlworkbench.study.StudyWording;

/**
 * The study's task affinity, per sharing scheme: the K×K heatmap of the mean lookahead affinity
 * Z(i→j) over its finished runs (TAG, Fifty et al. 2021) and the suggested partitions into 2 and 3
 * groups with their scores, as {@link StudyResults#affinity()} computes them from the runs'
 * run.json. Redrawn whenever a run ends; a run's own measurements count once it has finished.
 */
public final class StudyAffinityPane extends ScrollPane {
  static final double CHART_SIDE = 420;

  private final VBox content = new VBox(10);
  private ChartTheme theme;
  private StudyResults results;
  private boolean measured;

  public StudyAffinityPane(ChartTheme theme) {
    this.theme = theme;
    setId("studyAffinityPane");
    setFitToWidth(true);
    content.setPadding(new Insets(8));
    setContent(content);
    show(null, false);
  }

  /**
   * @param r the results (null: none yet)
   * @param measuring whether the study measures affinity (else the pane says how to turn it on)
   */
  public void show(StudyResults r, boolean measuring) {
    this.results = r;
    this.measured = measuring;
    content.getChildren().clear();
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
      viewer.setMaxWidth(CHART_SIDE + 60);
      content.getChildren().add(viewer);
      content.getChildren().add(note("Mean lookahead affinity Z(i→j) over " + s.runs() + (s.runs() == 1 ? " run" : " runs") + " and "
          + a.measurements() + " measurements: how much a step on task i alone lowered task j's loss. Positive: i helps j."));
      if (a.groupings().isEmpty()) {
        content.getChildren().add(note("With " + a.tasks().size() + " tasks there is no grouping to suggest beyond all together"
            + " or each alone."));
      }
      for (AffinityReport.Grouping g : a.groupings()) {
        Label l = new Label(g.groups().size() + " groups: " + StudyWording.grouping(g));
        l.getStyleClass().add("study-grouping");
        content.getChildren().add(l);
      }
    }
    content.getChildren().add(note("Score: the affinity onto each task from the other members of its group, summed over the tasks"
        + " (higher is better). A grouping is a suggestion to test: train each group as its own model."));
  }

  /** The groupings shown, in words (for tests). */
  List<String> groupings() {
    return content.getChildren().stream().filter(n -> n.getStyleClass().contains("study-grouping"))
        .map(n -> ((Label) n).getText()).toList();
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
