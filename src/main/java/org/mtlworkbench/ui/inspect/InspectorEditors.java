package org.mtlworkbench.ui.inspect;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector's editors. Text rows commit on Enter or when the field loses focus, not on every
 * key, so that typing "0.005" is one edit rather than four refusals; a refused value springs back
 * to the draft's (the inspector shows the reason).
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
    Runnable commit = () -> {
      Object parsed = parse(field.getText(), row.getType());
      if (parsed == null || !row.commit(parsed)) {
        field.setText(format(row.getValue()));
      }
    };
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now && row.isEditable() && !field.getText().equals(format(row.getValue()))) {
        commit.run();
      }
    });
    // An undo while the field keeps the focus must show: only text being typed is left alone.
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> {
      if (!field.isFocused() || field.getText().equals(format(old))) {
        field.setText(format(now));
      }
    }));
    return editor(field, () -> parse(field.getText(), row.getType()), v -> field.setText(format(v)));
  }

  private static PropertyEditor<Object> choice(InspectorItem row) {
    ComboBox<String> box = new ComboBox<>();
    box.setId("inspect-" + id(row.getName()));
    box.getItems().setAll(row.choices());
    box.setValue((String) row.getValue());
    box.setDisable(!row.isEditable());
    boolean[] showing = {false};
    box.valueProperty().addListener((obs, old, now) -> {
      if (!showing[0] && now != null && !now.equals(row.getValue()) && !row.commit(now)) {
        showing[0] = true;
        box.setValue((String) row.getValue());
        showing[0] = false;
      }
    });
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> {
      showing[0] = true;
      box.setValue((String) now);
      showing[0] = false;
    }));
    return editor(box, box::getValue, v -> box.setValue((String) v));
  }

  private static PropertyEditor<Object> check(InspectorItem row) {
    CheckBox box = new CheckBox();
    box.setId("inspect-" + id(row.getName()));
    box.setSelected(Boolean.TRUE.equals(row.getValue()));
    box.setDisable(!row.isEditable());
    box.setOnAction(e -> {
      if (!row.commit(box.isSelected())) {
        box.setSelected(Boolean.TRUE.equals(row.getValue()));
      }
    });
    row.getObservableValue().ifPresent(v -> v.addListener((obs, old, now) -> box.setSelected(Boolean.TRUE.equals(now))));
    return editor(box, box::isSelected, v -> box.setSelected(Boolean.TRUE.equals(v)));
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

  /** The typed text as a value of {@code type}, or null when it is not one. */
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
