package org.mtlworkbench.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mtlworkbench.ui.study.StudyFixture.awaitFx;
import static org.mtlworkbench.ui.study.StudyFixture.metric;
import static org.mtlworkbench.ui.study.StudyFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableRow;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.Study;
import org.mtlworkbench.study.StudyFiles;
import org.mtlworkbench.study.SweepSummaryWriter;
import org.testfx.api.FxToolkit;

/**
 * What goes in and out of the study window: a study saved and opened again as a study file, the
 * report exported as HTML, PDF and CSV, a line's runs opened, and the Pareto chart's points.
 */
class StudyFilesInWindowTest {
  @TempDir Path root;
  @TempDir Path files;
  private StudyFixture fx;

  @AfterEach
  void close() throws Exception {
    StudyFixture.close(fx);
  }

  @Test
  void aStudySavedFromTheWindowOpensAgainWithItsChoices() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(3, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad").clickOn("#studyStrategy-mgda").clickOn("#studyAffinity")
        .clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("4");
    fx.saveAs = files.resolve("mine.study.json");
    fx.robot.clickOn("#studySave");
    awaitFx(10, () -> Files.isRegularFile(fx.saveAs));

    Study saved = StudyFiles.load(fx.saveAs);
    // in the catalog's order, whatever the order they were ticked in
    assertThat(saved.strategies()).containsExactlyElementsOf(StrategyCatalog.NAMES.stream()
        .filter(n -> List.of("equal", "mgda", "pcgrad").contains(n)).toList());
    assertThat(saved.seeds()).containsExactly(5L, 6L, 7L, 8L);
    assertThat(saved.baselines()).isFalse();
    assertThat(saved.affinity()).isTrue();
    assertThat(saved.sharings()).containsExactly(Sharing.HARD);
    assertThat(saved.experiment().training().epochs()).isEqualTo(3);
    FxToolkit.cleanupStages();

    fx = new StudyFixture(root).show(null);
    assertThat(onFx(() -> fx.robot.lookup("#studyStart").queryButton().isDisabled())).isTrue();
    fx.choose = fx.saveAs = files.resolve("mine.study.json");
    fx.robot.clickOn("#studyOpen");
    awaitFx(10, () -> fx.view.choices().strategies().size() == 3);
    assertThat(onFx(() -> ((CheckBox) fx.robot.lookup("#studyStrategy-mgda").query()).isSelected())).isTrue();
    assertThat(onFx(() -> ((CheckBox) fx.robot.lookup("#studyAffinity").query()).isSelected())).isTrue();
    assertThat(onFx(() -> ((CheckBox) fx.robot.lookup("#studyBaselines").query()).isSelected())).isFalse();
    assertThat(onFx(() -> fx.robot.lookup("#studySeeds").queryTextInputControl().getText())).isEqualTo("4");
    assertThat(onFx(() -> fx.robot.lookup("#studyStart").queryButton().isDisabled())).isFalse();
    // saved again unchanged, it is the same study
    fx.saveAs = files.resolve("again.study.json");
    fx.robot.clickOn("#studySave");
    awaitFx(10, () -> Files.isRegularFile(fx.saveAs));
    assertThat(StudyFiles.difference(StudyFiles.read(files.resolve("mine.study.json")), StudyFiles.read(fx.saveAs))).isEmpty();
  }

  @Test
  void aStudyThatDoesNotLoadIsRefusedInOneLineNamingTheField() throws Exception {
    Path bad = files.resolve("bad.study.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"experiment\": " + StudyFixture.EXPERIMENT.formatted(1, "")
        + ", \"strategies\": [\"equal\", \"nosuch\"]}");
    fx = new StudyFixture(root).show(null);
    fx.choose = bad;
    fx.robot.clickOn("#studyOpen");
    awaitFx(10, () -> !fx.robot.lookup("#studyReason").queryLabeled().getText().isEmpty());
    String reason = onFx(() -> fx.robot.lookup("#studyReason").queryLabeled().getText());
    assertThat(reason).startsWith("bad.study.json, in 'strategies[1]': unknown strategy 'nosuch'").doesNotContain("\n");
  }

  @Test
  void aFinishedStudyExportsItsReportOpensALinesRunsAndDrawsItsTradeOff() throws Exception {
    fx = new StudyFixture(root).show(StudyFixture.experiment(2, ""));
    fx.robot.clickOn("#studyStrategy-pcgrad").clickOn("#studyBaselines");
    fx.robot.doubleClickOn("#studySeeds").eraseText(3).write("2");
    fx.robot.clickOn("#studyStart");
    fx.awaitEnded(120);
    Path dir = onFx(() -> fx.session().dirProperty().get());

    List<String> asked = new ArrayList<>();
    fx.exportWhere = (name, ext) -> {
      asked.add(name);
      return files.resolve("report." + ext);
    };
    for (String f : List.of("HTML", "PDF", "CSV")) {
      fx.robot.clickOn("#studyExport" + f);
    }
    awaitFx(60, () -> Files.isRegularFile(files.resolve("report.html")) && Files.isRegularFile(files.resolve("report.pdf"))
        && Files.isRegularFile(files.resolve("report.csv")));
    awaitFx(60, () -> fx.robot.lookup("#studyExported").queryLabeled().getText().startsWith("Exported"));
    assertThat(asked).hasSize(3).allSatisfy(n -> assertThat(n).contains("window-study"));
    assertThat(Files.readAllLines(files.resolve("report.csv")).get(0)).isEqualTo(String.join(",", SweepSummaryWriter.HEADER));
    assertThat(Files.readString(files.resolve("report.html"))).contains("pcgrad").contains("window study");
    assertThat(Files.readAllBytes(files.resolve("report.pdf"))).startsWith("%PDF".getBytes());

    // a double click on a line opens that strategy's runs
    Node pcgradRow = fx.robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof StudyRow s
        && s.strategy().equals("pcgrad")).query();
    fx.robot.doubleClickOn(pcgradRow);
    awaitFx(10, () -> !fx.opened.isEmpty());
    assertThat(fx.opened).containsExactly("pcgrad @ " + dir.resolve("pcgrad"));

    // the trade-off: one point per strategy at its mean metrics over the seeds
    fx.robot.clickOn("Trade-off");
    ChartViewer viewer = fx.robot.lookup("#studyParetoChart").query();
    awaitFx(10, viewer::isVisible);
    XYDataset points = onFx(() -> viewer.getChart().getXYPlot().getDataset(0));
    for (String strategy : List.of("equal", "pcgrad")) {
      int s = points.indexOf(strategy);
      assertThat(s).isGreaterThanOrEqualTo(0);
      double x = (metric(dir.resolve(strategy + "/seed-5"), "y1") + metric(dir.resolve(strategy + "/seed-6"), "y1")) / 2;
      double y = (metric(dir.resolve(strategy + "/seed-5"), "y2") + metric(dir.resolve(strategy + "/seed-6"), "y2")) / 2;
      assertThat(points.getXValue(s, 0)).isCloseTo(x, within(1e-9));
      assertThat(points.getYValue(s, 0)).isCloseTo(y, within(1e-9));
    }
  }
}
