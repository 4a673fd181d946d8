package org.mtlworkbench.ui.runs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.experiment.store.StoredRun;
import org.mtlworkbench.report.HtmlReport;
import org.mtlworkbench.report.OutputFiles;
import org.mtlworkbench.report.PdfReport;

/**
 * "Export report…": the runs' report as one self-contained HTML file and the same page as PDF
 * beside it, written on a background thread (rendering charts and laying out the PDF takes
 * seconds); the button is disabled and the label says what happens meanwhile.
 */
public final class ReportExport {
  private ReportExport() {}

  /** Asks where to save with the platform's file chooser; null when the user cancels. */
  public static Function<String, Path> chooser(Window owner) {
    return suggested -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export report");
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report (*.html); a PDF is written beside it",
          "*.html"));
      chooser.setInitialFileName(suggested);
      var chosen = chooser.showSaveDialog(owner);
      return chosen == null ? null : chosen.toPath();
    };
  }

  /**
   * Makes {@code button} export the report of {@code runs}.
   *
   * @param where asks for the HTML file's path given a suggested file name; null to cancel
   * @param status where progress and the outcome are told
   */
  public static void install(Button button, List<StoredRun> runs, Function<String, Path> where, Executor background,
      Label status) {
    button.setOnAction(e -> {
      Path html = where.apply(HtmlReport.suggestedFileName(runs, "html"));
      if (html == null) {
        return;
      }
      Path pdf = pdfBeside(html);
      button.setDisable(true);
      status.setText("Writing " + html.getFileName() + " and " + pdf.getFileName() + "…");
      Task<Void> write = new Task<>() {
        @Override
        protected Void call() {
          write(runs, html, pdf);
          return null;
        }
      };
      write.setOnSucceeded(done -> {
        button.setDisable(false);
        status.setText("Exported " + html.getFileName() + " and " + pdf.getFileName() + " to " + html.toAbsolutePath().getParent());
      });
      write.setOnFailed(done -> {
        button.setDisable(false);
        Throwable t = write.getException();
        status.setText("Not exported: " + (t instanceof InputException ? t.getMessage() : t.toString()));
      });
      background.execute(write);
    });
  }

  /** The PDF's path: the HTML file's with ".pdf" for its extension. */
  static Path pdfBeside(Path html) {
    String name = html.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return html.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".pdf");
  }

  /** Renders the page once and writes it as HTML and as PDF (any thread). */
  static void write(List<StoredRun> runs, Path html, Path pdf) {
    String page = HtmlReport.render(runs);
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(html, out -> out.write(bytes));
    PdfReport.writeXhtml(page, pdf);
  }
}
