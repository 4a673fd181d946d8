package org.mtlworkbench.ui;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.mtlworkbench.ui.run.RunSession;
import org.mtlworkbench.ui.run.RunState;

/** The window's menus, each command with its shortcut. */
final class WorkbenchMenuBar extends MenuBar {
  /** What the menus call; the window supplies it once its parts exist. */
  interface Commands {
    void newExperiment();

    void open();

    void importCsv();

    void save();

    void saveAs();

    void showRuns();

    void chooseWorkspace();

    void showGlossary();

    /** Run → New study…: a study of the experiment on screen. */
    void newStudy();

    /** File → Open study…: a study file, or a study folder's study.json to see or resume it. */
    void openStudy();
  }

  WorkbenchMenuBar(Theme current, Consumer<Theme> onTheme, Runnable onQuit) {
    setId("menuBar");
    MenuItem quit = item("quitItem", "Quit", "Shortcut+Q", onQuit);
    Menu file = new Menu("File", null, quit);
    file.setId("fileMenu");

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

  /** Adds the experiment, edit and run commands. */
  void addCommands(Commands commands, WorkbenchController controller) {
    Menu file = getMenus().get(0);
    Menu recent = new Menu("Open recent");
    recent.setId("openRecentMenu");
    fillRecent(recent, controller);
    controller.recent().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fillRecent(recent, controller));
    file.getItems().addAll(0, java.util.List.of(
        item("newItem", "New experiment", "Shortcut+N", commands::newExperiment),
        item("openItem", "Open experiment…", "Shortcut+O", commands::open),
        recent,
        item("openStudyItem", "Open study…", null, commands::openStudy),
        item("importItem", "Import CSV…", "Shortcut+I", commands::importCsv),
        item("saveItem", "Save", "Shortcut+S", commands::save),
        item("saveAsItem", "Save as…", "Shortcut+Shift+S", commands::saveAs),
        new SeparatorMenuItem(),
        item("workspaceItem", "Workspace folder…", null, commands::chooseWorkspace),
        new SeparatorMenuItem()));

    var editor = controller.editor();
    MenuItem undo = item("undoItem", "Undo", "Shortcut+Z", editor::undo);
    undo.disableProperty().bind(editor.canUndoProperty().not());
    MenuItem redo = item("redoItem", "Redo", "Shortcut+Shift+Z", editor::redo);
    redo.disableProperty().bind(editor.canRedoProperty().not());
    Menu edit = new Menu("Edit", null, undo, redo);

    RunSession session = controller.session();
    MenuItem run = item("runItem", "Run", "Shortcut+R", controller::run);
    MenuItem pause = item("pauseItem", "Pause / resume (Space)", null, session::togglePause);
    MenuItem step = item("stepItem", "Step", null, session::stepOnce);
    step.disableProperty().bind(session.stateProperty().isNotEqualTo(RunState.PAUSED));
    MenuItem stop = item("stopItem", "Stop", "Esc", session::stop);
    MenuItem study = item("newStudyItem", "New study…", "Shortcut+Shift+N", commands::newStudy);
    Menu runMenu = new Menu("Run", null, run, pause, step, stop, new SeparatorMenuItem(), study);
    runMenu.setId("runMenu");
    Menu view = getMenus().get(1);
    view.getItems().addAll(0, java.util.List.of(
        item("runsItem", "Runs…", "Shortcut+Shift+R", commands::showRuns), new SeparatorMenuItem()));
    getMenus().addAll(1, java.util.List.of(edit, runMenu));
    Menu help = new Menu("Help", null, item("glossaryItem", "Glossary…", "F1", commands::showGlossary));
    help.setId("helpMenu");
    getMenus().add(help);
  }

  private static void fillRecent(Menu recent, WorkbenchController controller) {
    recent.getItems().clear();
    int i = 0;
    for (java.nio.file.Path file : controller.recent()) {
      MenuItem open = item("recentItem" + i++, file.getFileName() + "  —  " + file.getParent(), null,
          () -> controller.openRecent(file));
      open.setMnemonicParsing(false);
      recent.getItems().add(open);
    }
    recent.setDisable(recent.getItems().isEmpty());
  }

  private static MenuItem item(String id, String text, String shortcut, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (shortcut != null) {
      item.setAccelerator(KeyCombination.keyCombination(shortcut));
    }
    item.setOnAction(event -> action.run());
    return item;
  }
}
