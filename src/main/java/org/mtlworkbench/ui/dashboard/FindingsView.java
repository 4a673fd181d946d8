package org.mtlworkbench.ui.dashboard;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.mtlworkbench.common.text.Numbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The findings of the run, in the report's words: every current finding in a list (claims first,
 * then what was looked for and not found, then notes), the evidence of the selected one (the
 * numbers its sentence rests on, and the steps they cover), and a ControlsFX notification for each
 * burst of new claims (collapsed: three claims within {@value #BURST_SECONDS} s make one).
 */
final class FindingsView extends SplitPane {
  static final long BURST_SECONDS = 2;
  /** The most claims a notification names; it counts the rest. */
  private static final int MAX_HEADLINES = 3;
  private static final Logger LOG = LoggerFactory.getLogger(FindingsView.class);

  private final BurstCollapser<Finding> bursts = new BurstCollapser<>(BURST_SECONDS * 1_000_000_000L);
  private final ListView<Finding> list = new ListView<>();
  private final Label evidenceTitle = new Label("Select a finding to see its evidence.");
  private final TableView<FindingEvidence> evidence = new TableView<>();
  private boolean dark;
  private Runnable open = () -> {};

  FindingsView() {
    setOrientation(Orientation.HORIZONTAL);
    list.setId("findingsList");
    list.setPlaceholder(new Label("Nothing stands out yet."));
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(Finding f, boolean empty) {
        super.updateItem(f, empty);
        setText(empty || f == null ? null : (f.seenLive() ? "since step " + Numbers.count(f.step()) + " · " : "") + f.message());
        setWrapText(true);
        setPrefWidth(0);
        getStyleClass().remove("finding-claim");
        if (!empty && f != null && f.finding().makesClaim()) {
          getStyleClass().add("finding-claim");
        }
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showEvidence(now));
    TableColumn<FindingEvidence, String> name = new TableColumn<>("evidence");
    name.setCellValueFactory(new PropertyValueFactory<>("name"));
    TableColumn<FindingEvidence, String> value = new TableColumn<>("value");
    value.setCellValueFactory(new PropertyValueFactory<>("value"));
    evidence.getColumns().add(name);
    evidence.getColumns().add(value);
    evidence.setId("findingEvidence");
    evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    evidence.setPlaceholder(new Label(""));
    evidenceTitle.setId("findingEvidenceTitle");
    evidenceTitle.setWrapText(true);
    VBox detail = new VBox(4, evidenceTitle, evidence);
    VBox.setVgrow(evidence, javafx.scene.layout.Priority.ALWAYS);
    getItems().addAll(list, detail);
    setDividerPositions(0.62);
  }

  /** What a click on a notification does besides closing it (the dashboard shows this tab). */
  void setOnOpen(Runnable open) {
    this.open = open;
  }

  void setDark(boolean dark) {
    this.dark = dark;
  }

  void clear() {
    list.getItems().clear();
    showEvidence(null);
  }

  /** The findings to list; returns whether the list changed. The selection stays on the same finding. */
  boolean show(List<Finding> all) {
    if (all.equals(list.getItems())) {
      return false;
    }
    Finding selected = list.getSelectionModel().getSelectedItem();
    list.getItems().setAll(all);
    if (selected != null) {
      all.stream().filter(f -> f.key().equals(selected.key())).findFirst().ifPresent(f -> list.getSelectionModel().select(f));
    }
    return true;
  }

  /** How many listed findings are claims. */
  long claims() {
    return list.getItems().stream().filter(f -> f.finding().makesClaim()).count();
  }

  /** Queues new claims for a notification. */
  void announce(List<Finding> claims, long now) {
    bursts.offer(claims, now);
  }

  /** Shows the notification of a finished burst, if one is due. */
  void tick(long now, Node owner) {
    bursts.poll(now).ifPresent(batch -> notify(batch, owner));
  }

  ListView<Finding> list() {
    return list;
  }

  private void showEvidence(Finding f) {
    if (f == null) {
      evidenceTitle.setText("Select a finding to see its evidence.");
      evidence.getItems().clear();
      return;
    }
    evidenceTitle.setText(f.finding().kind() + " · " + String.join(", ", f.finding().tasks())
        + (f.seenLive() ? " · first seen at step " + Numbers.count(f.step()) : ""));
    evidence.getItems().setAll(FindingEvidence.of(f.finding().evidence()));
  }

  private void notify(List<Finding> batch, Node owner) {
    // the claims without their evidence, one a line: a whole sentence (up to 400 characters) does
    // not fit a pop-up that goes after a few seconds; the Findings tab has it with its numbers
    StringBuilder text = new StringBuilder();
    batch.stream().limit(MAX_HEADLINES).forEach(f -> text.append(f.headline()).append('\n'));
    if (batch.size() > MAX_HEADLINES) {
      text.append("… and ").append(batch.size() - MAX_HEADLINES).append(" more\n");
    }
    text.append("Findings tab: the whole sentence and its evidence");
    try {
      Notifications n = Notifications.create()
          .title(batch.size() == 1 ? "Finding" : batch.size() + " findings")
          .text(text.toString())
          // the top corner: at the bottom it covered the Tasks table for seconds; a click closes it
          .position(Pos.TOP_RIGHT)
          .hideAfter(Duration.seconds(8))
          .onAction(e -> open.run());
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
