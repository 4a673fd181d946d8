package org.mtlworkbench.ui.importer;

/** What an imported column becomes. */
public enum ColumnRole {
  FEATURE("feature"),
  TARGET("target"),
  IGNORE("ignore");

  private final String label;

  ColumnRole(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
