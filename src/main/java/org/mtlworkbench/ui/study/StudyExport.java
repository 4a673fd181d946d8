package org.mtlworkbench.ui.study;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.report.study.StudyReport;

/**
 * Exports the study shown as its report — HTML, PDF or the table as CSV — through {@link
 * StudyReport}, which reads the study directory alone: what the window shows and what {@code
 * report DIR} writes are the same. Written in the background; the outcome is told in one line.
 */
public final class StudyExport extends HBox {
  /** A format: its button, its extension and how it is written. */
  private enum Format {
    HTML("html", "HTML report (*.html)"),
    PDF("pdf", "PDF report (*.pdf)"),
    CSV("csv", "The table as CSV (*.csv)");

    final String ext;
    final String filter;

    Format(String ext, String filter) {
      this.ext = ext;
      this.filter = filter;
    }

    void write(Path dir, Path file) {
      switch (this) {
        case HTML -> StudyReport.writeHtml(dir, file);
        case PDF -> StudyReport.writePdf(dir, file);
        case CSV -> StudyReport.csv(dir, file);
      }
    }
  }

  private final Label status = new Label();

  /**
   * @param session the study shown (its directory and name)
   * @param where asks for the file given a suggested name and the extension; null to cancel
   */
  public StudyExport(StudySession session, BiFunction<String, String, Path> where, Executor background) {
    super(6);
    setAlignment(Pos.CENTER_RIGHT);
    status.setId("studyExported");
    status.getStyleClass().add("chart-note");
    getChildren().add(status);
    for (Format f : Format.values()) {
      Button b = new Button(f.name() + "…");
      b.setId("studyExport" + f.name());
      b.setTooltip(new Tooltip("Export the study's " + f.filter));
      b.disableProperty().bind(session.dirProperty().isNull().or(session.resultsProperty().isNull()));
      b.setOnAction(e -> export(session, f, where, background));
      getChildren().add(b);
    }
  }

  private void export(StudySession session, Format f, BiFunction<String, String, Path> where, Executor background) {
    Path dir = session.dirProperty().get();
    Path file = where.apply(StudyReport.suggestedFileName(session.studyProperty().get().name(), f.ext), f.ext);
    if (file == null || dir == null) {
      return;
    }
    status.setText("Writing " + file.getFileName() + "…");
    Task<Void> write = new Task<>() {
      @Override
      protected Void call() {
        f.write(dir, file);
        return null;
      }
    };
    write.setOnSucceeded(e -> status.setText("Exported " + file.getFileName() + " to " + file.toAbsolutePath().getParent()));
    write.setOnFailed(e -> status.setText("Not exported: " + (write.getException() instanceof InputException ie ? ie.getMessage()
        : write.getException().toString())));
    background.execute(write);
  }

  /** Asks where with the platform's file chooser. */
  public static BiFunction<String, String, Path> chooser(Window owner) {
    return (suggested, ext) -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export the study");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
      chooser.setInitialFileName(suggested);
      var chosen = chooser.showSaveDialog(owner);
      return chosen == null ? null : chosen.toPath();
    };
  }
}
