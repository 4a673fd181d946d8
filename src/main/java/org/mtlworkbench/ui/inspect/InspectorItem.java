package org.mtlworkbench.ui.inspect;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.ExperimentEditor;

/**
 * One row of the inspector: a value read from the draft and, unless read-only, written back
 * through an editor edit (so it is validated and undoable like every other change).
 */
final class InspectorItem implements PropertySheet.Item {
  private final String category;
  private final String name;
  private final String description;
  private final Class<?> type;
  private final ObservableValue<Object> value;
  private final Predicate<Object> setter;
  private final List<String> choices;
  private final ExperimentEditor editor;
  private Function<Boolean, javafx.scene.control.ListCell<String>> cells;
  private double cellHeight;

  /**
   * @param type String, Integer, Long, Double or Boolean
   * @param read the value in a draft
   * @param setter makes the edit; {@code null} for a read-only row
   * @param choices the allowed values of a String row, or {@code null} for free text
   */
  InspectorItem(ExperimentEditor editor, String category, String name, String description, Class<?> type,
      Function<ExperimentDraft, Object> read, Predicate<Object> setter, List<String> choices) {
    this.editor = editor;
    this.category = category;
    this.name = name;
    this.description = description;
    this.type = type;
    this.setter = setter;
    this.choices = choices;
    this.value = Bindings.createObjectBinding(
        () -> readSafely(editor.draft(), read), editor.draftProperty());
  }

  /** An undo may remove the part a row shows just before the selection moves on: read nothing then. */
  private static Object readSafely(ExperimentDraft d, Function<ExperimentDraft, Object> read) {
    try {
      return d == null ? null : read.apply(d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public Class<?> getType() {
    return type;
  }

  @Override
  public String getCategory() {
    return category;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Object getValue() {
    return value.getValue();
  }

  @Override
  public void setValue(Object v) {
    commit(v);
  }

  /** Makes the edit; false when it was refused (the editor says why). */
  boolean commit(Object v) {
    return setter != null && setter.test(v);
  }

  /** Why the last {@link #commit} was refused, in one line. */
  String refusal() {
    String why = editor.lastErrorProperty().get();
    return why == null || why.isBlank() ? getName() + ": not taken" : why;
  }

  /** Shows a choice row's values with cells of its own (the strategy picker's title and summary). */
  InspectorItem withCells(Function<Boolean, javafx.scene.control.ListCell<String>> cellFactory, double cellHeight) {
    this.cells = cellFactory;
    this.cellHeight = cellHeight;
    return this;
  }

  /** The height of every cell of {@link #choiceCells()} in the list. */
  double cellHeight() {
    return cellHeight;
  }

  /** Makes the cells of a choice row: {@code true} for the list, {@code false} for the button. */
  Optional<Function<Boolean, javafx.scene.control.ListCell<String>>> choiceCells() {
    return Optional.ofNullable(cells);
  }

  @Override
  public Optional<ObservableValue<? extends Object>> getObservableValue() {
    return Optional.of(value);
  }

  @Override
  public boolean isEditable() {
    return setter != null;
  }

  List<String> choices() {
    return choices;
  }
}
