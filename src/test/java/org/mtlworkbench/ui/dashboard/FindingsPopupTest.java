package org.mtlworkbench.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.TabPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.mtlworkbench.train.MetricsLog;

/** A finding's pop-up keeps clear of the Tasks table, and a click on it opens the Findings tab and closes it. */
class FindingsPopupTest {
  private static PopupWindow notification() {
    return Window.getWindows().stream()
        .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null
            && w.getScene().getRoot().lookup(".notification-bar") != null)
        .map(w -> (PopupWindow) w).findFirst().orElse(null);
  }

  @Test
  void theNotificationOfANewClaimDoesNotCoverTheTasksTableAndAClickOpensTheFindings() throws Exception {
    DashboardStage d = DashboardStage.show(List.of("y1", "y2"), TaskTableLayoutTest.WIDTH, TaskTableLayoutTest.HEIGHT);
    MetricsLog log = Logs.of("y1", "y2");
    Logs.step(log, new double[] {1, 1}, 0.2);
    d.log.set(log);
    d.frames(1);
    FindingsView findings = d.robot.lookup(n -> n instanceof FindingsView).query();
    var claim = new org.mtlworkbench.diagnostics.Finding(org.mtlworkbench.diagnostics.Finding.IMBALANCE, List.of("y1", "y2"),
        "y1's gradient is 12× y2's.", Map.of("ratio", 12.0));
    assertThat(claim.makesClaim()).isTrue();
    d.robot.interact(() -> findings.announce(List.of(new Finding("imbalance:y1", 0, claim)), 0));
    d.frames(4);
    d.robot.sleep(1200); // the pop-up fades in
    PopupWindow popup = DashboardStage.on(FindingsPopupTest::notification);
    assertThat(popup).as("a notification is shown").isNotNull();

    Bounds shown = DashboardStage.on(() -> new BoundingBox(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight()));
    var table = d.robot.lookup("#taskTable").query();
    Bounds tableOnScreen = DashboardStage.on(() -> table.localToScreen(table.getBoundsInLocal()));
    assertThat(shown.intersects(tableOnScreen)).as(shown + " against the table at " + tableOnScreen).isFalse();

    d.robot.clickOn(DashboardStage.on(() -> popup.getScene().getRoot().lookup(".notification-bar")));
    d.robot.sleep(1200);
    TabPane tabs = d.robot.lookup("#dashboardTabs").query();
    assertThat(DashboardStage.on(() -> tabs.getSelectionModel().getSelectedItem().getText())).startsWith("Findings");
    assertThat(DashboardStage.on(FindingsPopupTest::notification)).as("closed by the click").isNull();
  }
}
