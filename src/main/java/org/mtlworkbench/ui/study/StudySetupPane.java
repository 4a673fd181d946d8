package org.mtlworkbench.ui.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.study.StudyWording;
import org.mtlworkbench.study.TaskGroups;

/**
 * The controls that choose a study ({@link StudyChoices}): a check box per strategy of the
 * engine's catalog, one per sharing scheme, the number of seeds (digits only; 0 or empty is shown
 * as the reason Start is off), baselines and affinity, and the grouping under test when there is
 * one (read-only, with a Clear link). Each control writes its choice straight
 * into the model and follows it, so a study opened from a file ticks the boxes it names.
 */
public final class StudySetupPane extends VBox {
  private final Map<String, CheckBox> strategies = new LinkedHashMap<>();
  private final Map<Sharing, CheckBox> sharings = new LinkedHashMap<>();
  private final TextField seeds = new TextField();

  public StudySetupPane(StudyChoices choices) {
    super(6);
    setId("studySetup");
    setPadding(new Insets(8));

    FlowPane strategyBoxes = new FlowPane(12, 4);
    strategyBoxes.setPrefWrapLength(560);
    for (StrategyInfo info : StrategyCatalog.ALL) {
      CheckBox box = new CheckBox(info.name());
      box.setId("studyStrategy-" + info.name());
      box.setMnemonicParsing(false);
      box.setTooltip(new Tooltip(info.title() + ": " + info.summary()));
      box.selectedProperty().addListener((obs, old, now) -> choices.choose(info.name(), now));
      strategies.put(info.name(), box);
      strategyBoxes.getChildren().add(box);
    }
    ScrollPane strategyScroll = new ScrollPane(strategyBoxes);
    strategyScroll.setFitToWidth(true);
    strategyScroll.setPrefViewportHeight(46); // two rows at the window's width; more scroll

    FlowPane sharingBoxes = new FlowPane(12, 4);
    for (Sharing s : Sharing.values()) {
      CheckBox box = new CheckBox(s.id());
      box.setId("studySharing-" + s.id());
      box.setMnemonicParsing(false);
      box.selectedProperty().addListener((obs, old, now) -> choices.choose(s, now));
      sharings.put(s, box);
      sharingBoxes.getChildren().add(box);
    }

    seeds.setId("studySeeds");
    seeds.setPrefColumnCount(3);
    seeds.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,3}") ? change : null));
    seeds.setText(Integer.toString(choices.seedsProperty().get()));
    seeds.textProperty().addListener((obs, old, now) -> choices.seedsProperty().set(now.isEmpty() ? 0 : Integer.parseInt(now)));
    choices.seedsProperty().addListener((obs, old, now) -> {
      if (!seeds.getText().equals(now.toString()) && !(seeds.getText().isEmpty() && now.intValue() == 0)) {
        seeds.setText(now.toString());
      }
    });
    CheckBox baselines = new CheckBox("Single-task baselines (Δ_k, Welch's verdict)");
    baselines.setId("studyBaselines");
    baselines.selectedProperty().bindBidirectional(choices.baselinesProperty());
    CheckBox affinity = new CheckBox("Measure task affinity (TAG lookahead, Fifty et al. 2021)");
    affinity.setId("studyAffinity");
    affinity.selectedProperty().bindBidirectional(choices.affinityProperty());
    Label seedsLabel = new Label("Seeds");
    seedsLabel.setLabelFor(seeds);
    HBox options = new HBox(12, seedsLabel, seeds, baselines, affinity);
    options.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    Label groupsLine = new Label();
    groupsLine.setId("studyGroups");
    Hyperlink clear = new Hyperlink("Clear");
    clear.setId("studyGroupsClear");
    clear.setTooltip(new Tooltip("Test no grouping: train all tasks together only"));
    clear.setOnAction(e -> choices.groupsProperty().set(List.of()));
    HBox groups = new HBox(6, groupsLine, clear);
    groups.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Tooltip what = new Tooltip(StudyWording.GROUPED_ROW);
    what.setWrapText(true);
    what.setMaxWidth(420);
    groupsLine.setTooltip(what);
    showGroups(groups, groupsLine, choices.groupsProperty().get());
    choices.groupsProperty().addListener((obs, old, now) -> showGroups(groups, groupsLine, now));

    getChildren().addAll(heading("Strategies"), strategyScroll, heading("Sharing schemes (none ticked: the experiment's own)"),
        sharingBoxes, options, groups);

    choices.strategies().addListener((ListChangeListener<String>) c -> strategies.forEach((n, b) -> b.setSelected(
        choices.strategies().contains(n))));
    choices.sharings().addListener((ListChangeListener<Sharing>) c -> sharings.forEach((s, b) -> b.setSelected(
        choices.sharings().contains(s))));
  }

  /** The grouping the study tests, read-only ("Groups: y1+y2 | y3"; set from the affinity tab or a study file); hidden when none. */
  private static void showGroups(HBox line, Label text, List<List<String>> groups) {
    boolean any = groups != null && !groups.isEmpty();
    text.setText(any ? "Groups: " + TaskGroups.label(groups) + " (each group also trained as its own model)" : "");
    line.setVisible(any);
    line.setManaged(any);
  }

  /** Locks the controls while a study runs (its choices cannot change under it). */
  public void lock(boolean locked) {
    setDisable(locked);
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("area-title-text");
    return l;
  }
}
