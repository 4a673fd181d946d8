package org.mtlworkbench.ui.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mtlworkbench.data.TaskType;

/** The user's choice for one column: its role and, for a target, its type (detected, editable). */
public final class ColumnSetting {
  private final ColumnProfile profile;
  private final ObjectProperty<ColumnRole> role;
  private final ObjectProperty<TaskType> type;

  ColumnSetting(ColumnProfile profile) {
    this.profile = profile;
    this.role = new SimpleObjectProperty<>(profile.suggestedRole());
    this.type = new SimpleObjectProperty<>(profile.detectedType());
  }

  public ColumnProfile profile() {
    return profile;
  }

  public String name() {
    return profile.name();
  }

  public ObjectProperty<ColumnRole> roleProperty() {
    return role;
  }

  public ObjectProperty<TaskType> typeProperty() {
    return type;
  }
}
