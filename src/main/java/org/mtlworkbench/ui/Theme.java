package org.mtlworkbench.ui;

import java.util.Locale;

/**
 * The colour themes. Each theme is one stylesheet that defines the palette as looked-up colours;
 * {@code assets/css/base.css} lays out the window in terms of those colours only.
 */
enum Theme {
  LIGHT("Light theme", "css/light.css"),
  DARK("Dark theme", "css/dark.css");

  private final String label;
  private final String stylesheet;

  Theme(String label, String stylesheet) {
    this.label = label;
    this.stylesheet = stylesheet;
  }

  String label() {
    return label;
  }

  /** Path of the stylesheet inside the assets folder. */
  String stylesheet() {
    return stylesheet;
  }

  /** The name kept in the preferences: {@code "light"} or {@code "dark"}. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The theme saved under {@code key}, or {@link #LIGHT} for a missing or unknown name. */
  static Theme fromKey(String key) {
    for (Theme theme : values()) {
      if (theme.key().equals(key)) {
        return theme;
      }
    }
    return LIGHT;
  }
}
