package org.mtlworkbench.ui;

/** The light theme's stylesheets, for test-scope mains in other packages (screenshots). */
public final class AssetsAccess {
  private AssetsAccess() {}

  public static String[] stylesheets() {
    return Assets.stylesheets(Theme.LIGHT);
  }
}
