package org.mtlworkbench.ui.inspect;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector's editors. Text rows commit on Enter or when the field loses focus, not on every
 * key, so that typing "0.005" is one edit rather than four refusals. A value that is not taken —
 * text that is not a number of the row's kind, or a number the model refuses — stays in the
 * field, marked, with the reason in one line under it ({@link FieldMessage}); Esc puts the
 * model's value back.
 */
final class InspectorEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

  @Override
  public PropertyEditor<?> call(PropertySheet.Item item) {
    InspectorItem row = (InspectorItem) item;
    if (row.choices() != null) {
      return choice(row);
    }
    if (row.getType() == Boolean.class) {
      return check(row);
    }
    return text(row);
  }

  private static PropertyEditor<Object> text(InspectorItem row) {
    TextField field = new TextField(format(row.getValue()));
    field.setId("inspect-" + id(row.getName()));
    field.setEditable(row.isEditable());
    FieldMessage message = new FieldMessage(field, field.getId());
    Runnable commit = () -> {
      Optional<String> problem = parseProblem(field.getText(), row.getType());
      if (problem.isPresent()) {
        message.show(row.getName() + ": " + problem.get());
      } else if (!row.commit(parse(field.getText(), row.getType()))) {
        message.show(row.refusal());
      } else {
        message.clear();
        field.setText(format(row.getValue()));
      }
    };
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now && row.isEditable() && !field.getText().equals(format(row.getValue()))) {
        commit.run();
      }
    });
    field.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE && (message.showing() || !field.getText().equals(format(row.getValue())))) {
        field.setText(format(row.getValue()));
        message.clear();
        e.consume();
      }
    });
    // An undo while the field keeps the focus must show: only text being typed is left alone.
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> {
      if (!field.isFocused() || field.getText().equals(format(old)) || message.showing()) {
        field.setText(format(now));
        message.clear();
      }
    }));
    return editor(message.node(), () -> parse(field.getText(), row.getType()), v -> field.setText(format(v)));
  }

  private static PropertyEditor<Object> choice(InspectorItem row) {
    ComboBox<String> box = new ComboBox<>();
    box.setId("inspect-" + id(row.getName()));
    box.getItems().setAll(row.choices());
    row.choiceCells().ifPresent(cells -> {
      box.setCellFactory(list -> cells.apply(true));
      box.setButtonCell(cells.apply(false));
      // cells of several lines, each of the same height: with the list's height given, the pop-up
      // is sized right the first time (else it opens as a tall blank window)
      box.skinProperty().addListener((obs, old, skin) -> {
        if (skin instanceof ComboBoxListViewSkin<?> s && s.getPopupContent() instanceof ListView<?> list) {
          list.setPrefHeight(Math.min(box.getVisibleRowCount(), box.getItems().size()) * row.cellHeight() + 2);
        }
      });
    });
    box.setValue((String) row.getValue());
    box.setDisable(!row.isEditable());
    FieldMessage message = new FieldMessage(box, box.getId());
    boolean[] showing = {false};
    box.valueProperty().addListener((obs, old, now) -> {
      if (!showing[0] && now != null && !now.equals(row.getValue())) {
        if (row.commit(now)) {
          message.clear();
        } else {
          message.show(row.refusal());
          showing[0] = true;
          box.setValue((String) row.getValue());
          showing[0] = false;
        }
      }
    });
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> {
      showing[0] = true;
      box.setValue((String) now);
      showing[0] = false;
    }));
    return editor(message.node(), box::getValue, v -> box.setValue((String) v));
  }

  private static PropertyEditor<Object> check(InspectorItem row) {
    CheckBox box = new CheckBox();
    box.setId("inspect-" + id(row.getName()));
    box.setSelected(Boolean.TRUE.equals(row.getValue()));
    box.setDisable(!row.isEditable());
    FieldMessage message = new FieldMessage(box, box.getId());
    box.setOnAction(e -> {
      if (row.commit(box.isSelected())) {
        message.clear();
      } else {
        message.show(row.refusal());
        box.setSelected(Boolean.TRUE.equals(row.getValue()));
      }
    });
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> box.setSelected(Boolean.TRUE.equals(now))));
    return editor(message.node(), box::isSelected, v -> box.setSelected(Boolean.TRUE.equals(v)));
  }

  private static PropertyEditor<Object> editor(Node node, java.util.function.Supplier<Object> get,
      java.util.function.Consumer<Object> set) {
    return new PropertyEditor<>() {
      @Override
      public Node getEditor() {
        return node;
      }

      @Override
      public Object getValue() {
        return get.get();
      }

      @Override
      public void setValue(Object value) {
        set.accept(value);
      }
    };
  }

  /** The typed text as a value of {@code type}, or null when it is not one ({@link #parseProblem} says why). */
  static Object parse(String text, Class<?> type) {
    String t = text.strip();
    try {
      if (type == Integer.class) {
        return Integer.valueOf(t);
      }
      if (type == Long.class) {
        return Long.valueOf(t);
      }
      if (type == Double.class) {
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return t;
  }

  /** Why the typed text is not a value of {@code type} ("'0.5' is not a whole number"), or empty when it is one. */
  static Optional<String> parseProblem(String text, Class<?> type) {
    if (type == String.class || parse(text, type) != null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.of("type a " + (type == Double.class ? "number" : "whole number"));
    }
    if (type == Double.class) {
      return Optional.of("'" + t + "' is not a number");
    }
    Object real = parse(t, Double.class);
    boolean wholeButLarge = real != null && (Double) real == Math.rint((Double) real);
    return Optional.of("'" + t + "' is " + (wholeButLarge ? "too large" : "not a whole number"));
  }

  static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e6 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }
    return v.toString();
  }

  /** "Learning rate" → "learning-rate", for ids that tests and stylesheets can name. */
  static String id(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
