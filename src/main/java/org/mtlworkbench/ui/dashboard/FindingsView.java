package org.mtlworkbench.ui.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The findings of the run: a list that keeps them all, and a ControlsFX notification for each
 * burst of new ones (collapsed: three findings within {@value #BURST_SECONDS} s make one
 * notification).
 */
final class FindingsView extends ListView<Finding> {
  static final long BURST_SECONDS = 2;
  private static final Logger LOG = LoggerFactory.getLogger(FindingsView.class);

  private final BurstCollapser<Finding> bursts = new BurstCollapser<>(BURST_SECONDS * 1_000_000_000L);
  private boolean dark;

  FindingsView() {
    setId("findingsList");
    setPlaceholder(new javafx.scene.control.Label("Nothing stands out yet."));
    setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Finding f, boolean empty) {
        super.updateItem(f, empty);
        setText(empty || f == null ? null : String.format(Locale.ROOT, "step %,d · %s", f.step(), f.message()));
        setWrapText(true);
        setPrefWidth(0);
      }
    });
  }

  void setDark(boolean dark) {
    this.dark = dark;
  }

  void clear() {
    getItems().clear();
  }

  /** Adds new findings to the list and queues them for a notification. */
  void add(List<Finding> found, long now) {
    getItems().addAll(found);
    bursts.offer(found, now);
  }

  /** Shows the notification of a finished burst, if one is due. */
  void tick(long now, Node owner) {
    bursts.poll(now).ifPresent(batch -> notify(batch, owner));
  }

  private void notify(List<Finding> batch, Node owner) {
    String text = batch.size() == 1 ? batch.get(0).message()
        : batch.get(0).message() + "\n… and " + (batch.size() - 1) + " more (see Findings)";
    try {
      Notifications n = Notifications.create()
          .title(batch.size() == 1 ? "Finding" : batch.size() + " findings")
          .text(text)
          .position(Pos.BOTTOM_RIGHT)
          .hideAfter(Duration.seconds(8));
      if (owner != null && owner.getScene() != null) {
        n.owner(owner.getScene().getWindow());
      }
      if (dark) {
        n.darkStyle();
      }
      n.showInformation();
    } catch (RuntimeException e) {
      // The list keeps the finding; a notification that cannot be shown is no reason to stop.
      LOG.warn("Could not show a notification: {}", e.toString());
    }
  }
}
