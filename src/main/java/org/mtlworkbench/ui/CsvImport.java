package org.mtlworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.Dataset;
import org.mtlworkbench.data.TargetColumn;
import org.mtlworkbench.ui.edit.DatasetInfo;
import org.mtlworkbench.ui.edit.ExperimentDraft;
import org.mtlworkbench.ui.edit.TargetInfo;
import org.mtlworkbench.ui.importer.CsvImportDialog;
import org.mtlworkbench.ui.importer.CsvImportModel;
import org.mtlworkbench.ui.importer.CsvProfiler;

/** File → Import CSV: choose a file, read it in the background, let the user set it up, import. */
final class CsvImport {
  private CsvImport() {}

  static void show(Window owner, WorkbenchController controller) {
    if (!controller.confirmLeaving()) {
      return; // the import would replace the experiment on screen
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import a CSV file");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
    var chosen = chooser.showOpenDialog(owner);
    if (chosen != null) {
      open(owner, controller, chosen.toPath());
    }
  }

  /**
   * Reads {@code file} off the UI thread, then opens the dialog; a file that cannot be read at
   * all gets the dialog with only its error, so the reason is not a line on the status bar.
   */
  static Task<CsvProfiler.Result> open(Window owner, WorkbenchController controller, Path file) {
    Task<CsvProfiler.Result> read = new Task<>() {
      @Override
      protected CsvProfiler.Result call() {
        return CsvProfiler.read(file);
      }
    };
    read.setOnSucceeded(e -> dialog(owner, controller, new CsvImportModel(read.getValue())));
    read.setOnFailed(e -> {
      Throwable t = read.getException();
      String message = t instanceof InputException ? t.getMessage() : "Cannot import " + file.getFileName() + ": " + t;
      controller.showError(message);
      Dialog<Dataset> unreadable = CsvImportDialog.unreadable(file, message);
      unreadable.initOwner(owner);
      unreadable.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      unreadable.show();
    });
    controller.background().execute(read);
    return read;
  }

  private static void dialog(Window owner, WorkbenchController controller, CsvImportModel model) {
    CsvImportDialog dialog = new CsvImportDialog(model, controller.background());
    dialog.initOwner(owner);
    dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    dialog.setOnHidden(e -> {
      Dataset loaded = dialog.getResult();
      if (loaded != null) {
        controller.showImported(draft(model), info(loaded, model));
      }
    });
    dialog.show();
  }

  /** A new experiment on the imported data, every setting at its default, no task yet. */
  static ExperimentDraft draft(CsvImportModel model) {
    String name = model.file().file().getFileName().toString().replaceFirst("(?i)\\.csv$", "");
    return ExperimentDraft.fresh(name, model.dataSpec(), null);
  }

  static DatasetInfo info(Dataset loaded, CsvImportModel model) {
    List<TargetInfo> targets = new ArrayList<>();
    for (TargetColumn t : loaded.targets()) {
      targets.add(new TargetInfo(t.name(), t.type(), t.labelledCount(), t.classCount(), model.declaredType(t.name()) != null));
    }
    return new DatasetInfo(loaded.name(), loaded.rows(), loaded.featureNames(), targets);
  }

}
