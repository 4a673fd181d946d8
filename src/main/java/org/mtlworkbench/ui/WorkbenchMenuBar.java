package org.mtlworkbench.ui;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The window's menus. Only what already works is offered: quitting and choosing the theme. */
final class WorkbenchMenuBar extends MenuBar {
  WorkbenchMenuBar(Theme current, Consumer<Theme> onTheme, Runnable onQuit) {
    setId("menuBar");

    MenuItem quit = new MenuItem("Quit");
    quit.setId("quitItem");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(event -> onQuit.run());
    Menu file = new Menu("File", null, quit);

    Menu view = new Menu("View");
    ToggleGroup themes = new ToggleGroup();
    for (Theme theme : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(theme.label());
      item.setId(theme.key() + "ThemeItem");
      item.setToggleGroup(themes);
      item.setSelected(theme == current);
      item.setOnAction(event -> onTheme.accept(theme));
      view.getItems().add(item);
    }

    getMenus().addAll(file, view);
  }
}
