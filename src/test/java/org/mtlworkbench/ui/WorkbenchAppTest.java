package org.mtlworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real application, real numerics engine included, in a headless window. */
class WorkbenchAppTest {
  private RunningWorkbench workbench;

  @BeforeEach
  void start() throws Exception {
    workbench =
        RunningWorkbench.start(
            new WorkbenchPreferences(new InMemoryPreferences()), NumericsEngine::start);
  }

  @AfterEach
  void stop() throws Exception {
    workbench.close();
  }

  @Test
  void windowShowsTheThreeAreasAroundTheModelAndAStatusBarBelow() throws Exception {
    BorderPane root = workbench.node("workbench");
    Node tasks = workbench.node("tasksPane");
    Node model = workbench.node("modelPane");
    Node dashboard = workbench.node("dashboardPane");
    Node statusBar = workbench.node("statusBar");

    RunningWorkbench.onFx(
        () -> {
          assertThat(root.getLeft()).isSameAs(tasks);
          assertThat(root.getCenter()).isSameAs(model);
          assertThat(root.getRight()).isSameAs(dashboard);
          assertThat(root.getBottom()).isSameAs(statusBar);
          for (Node area : new Node[] {tasks, model, dashboard, statusBar}) {
            assertThat(area.isVisible()).as(area.getId()).isTrue();
            assertThat(area.getLayoutBounds().getWidth()).as(area.getId()).isGreaterThan(100);
            assertThat(area.getLayoutBounds().getHeight()).as(area.getId()).isGreaterThan(10);
          }
          // Left of the model, model left of the dashboard, status bar under all three.
          double tasksRight = tasks.getBoundsInParent().getMaxX();
          double modelLeft = model.getBoundsInParent().getMinX();
          assertThat(tasksRight).isLessThanOrEqualTo(modelLeft);
          assertThat(model.getBoundsInParent().getMaxX())
              .isLessThanOrEqualTo(dashboard.getBoundsInParent().getMinX());
          assertThat(statusBar.getBoundsInParent().getMinY())
              .isGreaterThanOrEqualTo(model.getBoundsInParent().getMaxY());
          return null;
        });
  }

  @Test
  void eachAreaIsTitledAndThePaletteSaysHowToUseIt() {
    assertThat(titleOf("tasksPane")).isEqualTo("Tasks");
    assertThat(titleOf("modelPane")).isEqualTo("Model");
    assertThat(titleOf("dashboardPane")).isEqualTo("Dashboard");
    Label hint = workbench.robot.from(workbench.<Node>node("tasksPane")).lookup(".area-hint-small").query();
    assertThat(hint.getText()).contains("Drag a card onto the backbone", "Drag a head back here");
  }

  @Test
  void windowHasTheProductTitleIconAndATheme() throws Exception {
    assertThat(RunningWorkbench.onFx(() -> workbench.stage.getTitle())).endsWith(" — MTL Workbench").doesNotContain("*");
    Image icon = RunningWorkbench.onFx(() -> workbench.stage.getIcons().get(0));
    assertThat(icon.isError()).isFalse();
    assertThat(icon.getWidth()).isEqualTo(256);
    assertThat(RunningWorkbench.onFx(() -> workbench.stage.getScene().getStylesheets()))
        .anySatisfy(url -> assertThat(url).endsWith("css/light.css"));
  }

  @Test
  void statusBarReadsReadyOnceTheNumericsEngineHasStarted() throws Exception {
    workbench.awaitStatus(EngineStartup.READY, RunningWorkbench.ENGINE_TIMEOUT_SECONDS);

    Label engine = workbench.node("engineInfo");
    assertThat(RunningWorkbench.onFx(engine::getText)).startsWith("ND4J on CPU");
    assertThat(RunningWorkbench.onFx(() -> workbench.node("statusProgress").isVisible())).isFalse();
  }

  private String titleOf(String areaId) {
    Node area = workbench.node(areaId);
    return workbench.robot.from(area).lookup(".area-title").tryQuery()
        .or(() -> workbench.robot.from(area).lookup(".area-title-text").tryQuery())
        .map(n -> ((Label) n).getText()).orElseThrow();
  }
}
