package org.mtlworkbench.ui.inspect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.mtlworkbench.balance.OptionInfo;
import org.mtlworkbench.balance.StrategyCatalog;
import org.mtlworkbench.balance.StrategyCompatibility;
import org.mtlworkbench.balance.StrategyInfo;
import org.mtlworkbench.balance.StrategySpec;
import org.mtlworkbench.model.Sharing;
import org.mtlworkbench.model.TaskSpec;
import org.mtlworkbench.ui.canvas.SharingTips;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * The strategy picker in the inspector: every strategy of {@link StrategyCatalog} with its title
 * and one-line summary in the list, the chosen one's summary, paper, family and the sharing
 * schemes it works with above the rows, and one row per option it declares ({@link OptionInfo}:
 * help, range and default in the row's tooltip), each value checked by the option's own rule.
 * Everything shown comes from the strategy's {@link StrategyInfo}; nothing is restated here.
 */
final class StrategyRows {
  static final String CATEGORY = "Balancing strategy";

  private StrategyRows() {}

  /** The rows: the strategy, its options, and for {@code static} a weight per task. */
  static void add(ExperimentEditor editor, List<InspectorItem> rows) {
    String name = editor.draft().strategy().name();
    rows.add(new InspectorItem(editor, CATEGORY, "Strategy", "How the task losses or gradients are combined", String.class,
        d -> d.strategy().name(), v -> editor.chooseStrategy((String) v), StrategyCatalog.NAMES)
        .withCells(StrategyRows::cell, CELL_HEIGHT));
    if (!StrategyCatalog.NAMES.contains(name)) {
      return; // an unknown name: the model pane's warning says so
    }
    StrategyInfo chosen = StrategyCatalog.info(name);
    for (OptionInfo o : chosen.options()) {
      rows.add(new InspectorItem(editor, CATEGORY, o.name(), tooltip(o), type(o), d -> value(d, o),
          v -> editor.setStrategyOption(o.name(), number(v)), null));
    }
    if (chosen.usesTaskWeights()) {
      for (TaskSpec t : editor.draft().tasks()) {
        rows.add(new InspectorItem(editor, CATEGORY, "Weight " + t.name(), "Fixed weight of task " + t.name(), Double.class,
            d -> d.strategy().weights().getOrDefault(t.name(), 1.0), v -> {
              Map<String, Double> w = new HashMap<>(editor.draft().strategy().weights());
              w.put(t.name(), (Double) v);
              StrategySpec s = editor.draft().strategy();
              return editor.setStrategy(new StrategySpec(s.name(), w, s.options()));
            }, null));
      }
    }
  }

  /**
   * The chosen strategy in a few lines: "GradNorm — summary", its paper, its family and the
   * sharing schemes it works with as set (MGDA-UB needs more than MGDA).
   */
  static String about(ExperimentDraft d) {
    StrategyInfo info = StrategyCatalog.info(d.strategy().name());
    List<String> works = Arrays.stream(Sharing.values()).filter(s -> works(d.strategy(), s)).map(SharingTips::label).toList();
    String with = works.size() == Sharing.values().length ? "every sharing scheme" : String.join(", ", works);
    return info.title() + " — " + info.summary() + ".\n"
        + "Paper: " + info.citation() + ".\n"
        + StrategyFamily.of(info).title() + "; works with " + with + "."
        + (info.options().isEmpty() && !info.usesTaskWeights() ? " No options." : "");
  }

  private static boolean works(StrategySpec strategy, Sharing sharing) {
    try {
      return StrategyCompatibility.problem(strategy, sharing).isEmpty();
    } catch (org.mtlworkbench.common.InputException e) { // an option out of range: judge by the defaults
      return StrategyCompatibility.supports(strategy.name(), sharing);
    }
  }

  /** The tooltip of an option's row: its help, valid range and default. */
  static String tooltip(OptionInfo o) {
    return o.help() + " — " + o.rule() + ", default " + o.defaultText();
  }

  private static Class<?> type(OptionInfo o) {
    return switch (o.kind()) {
      case REAL -> Double.class;
      case INTEGER -> Integer.class;
      case SWITCH -> Boolean.class;
    };
  }

  /** The option's value in {@code d}: as set, else its default (the optimiser's rate for a learning rate). */
  private static Object value(ExperimentDraft d, OptionInfo o) {
    Double v = d.strategy().options().get(o.name());
    if (v == null) {
      v = o.defaultValue() == null ? d.optimizer().learningRate() : o.defaultValue();
    }
    return switch (o.kind()) {
      case REAL -> v;
      case INTEGER -> (int) Math.round(v);
      case SWITCH -> v == 1.0;
    };
  }

  private static Double number(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    return ((Number) v).doubleValue();
  }

  /** A list cell with the strategy's title and name on the first line, its summary on the second. */
  private static ListCell<String> cell(boolean inList) {
    return new ListCell<>() {
      @Override
      protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        setText(null);
        setGraphic(null);
        if (empty || name == null) {
          return;
        }
        StrategyInfo info = BY_NAME.get(name);
        if (info == null) {
          setText(name);
          return;
        }
        if (!inList) { // the button: the title only
          setText(info.title());
          return;
        }
        Label title = new Label(info.title() + "  ·  " + info.name());
        title.getStyleClass().add("strategy-title");
        Label summary = new Label(info.summary());
        summary.getStyleClass().add("strategy-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(SUMMARY_WIDTH);
        VBox box = new VBox(1, title, summary);
        box.setMaxWidth(SUMMARY_WIDTH);
        setGraphic(box);
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setMinHeight(CELL_HEIGHT);
        setPrefHeight(CELL_HEIGHT);
      }
    };
  }

  /** Wide enough for every summary on at most two lines. */
  private static final double SUMMARY_WIDTH = 440;
  /** Title and two lines of summary: one height for all, so the list's height is known before it shows. */
  static final double CELL_HEIGHT = 60;
  private static final Map<String, StrategyInfo> BY_NAME =
      StrategyCatalog.ALL.stream().collect(Collectors.toMap(StrategyInfo::name, Function.identity()));
}
