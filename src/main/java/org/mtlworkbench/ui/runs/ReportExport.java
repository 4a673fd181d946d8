package org.mtlworkbench.ui.runs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.report.HtmlReport;
import org.mtlworkbench.report.OutputFiles;
import org.mtlworkbench.report.PdfReport;

/**
 * "Export report…": the runs' report as one self-contained HTML file and the same page as PDF
 * beside it, written on a background thread (rendering charts and laying out the PDF takes
 * seconds); the button is disabled and a message line says what happens meanwhile.
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
    button.setOnAction(e -> export(runs, where, background, status::setText, button::setDisable));
  }

  /**
   * Reads the runs in {@code dirs} in the background, then asks where and writes their report
   * (the runs view's "Report…" for runs not read yet).
   *
   * @param busy told true while reading or writing, false after
   */
  public static void readAndExport(List<Path> dirs, Function<String, Path> where, Executor background,
      Consumer<String> status, Consumer<Boolean> busy) {
    busy.accept(true);
    status.accept("Reading " + dirs.size() + (dirs.size() == 1 ? " run…" : " runs…"));
    Task<List<StoredRun>> read = new Task<>() {
      @Override
      protected List<StoredRun> call() {
        return dirs.stream().map(RunReader::read).toList();
      }
    };
    read.setOnSucceeded(e -> {
      busy.accept(false);
      status.accept("");
      export(read.getValue(), where, background, status, busy);
    });
    read.setOnFailed(e -> {
      busy.accept(false);
      status.accept("Not exported: " + describe(read.getException()));
    });
    background.execute(read);
  }

  private static void export(List<StoredRun> runs, Function<String, Path> where, Executor background,
      Consumer<String> status, Consumer<Boolean> busy) {
    Path html = where.apply(HtmlReport.suggestedFileName(runs, "html"));
    if (html == null) {
      return;
    }
    Path pdf = pdfBeside(html);
    busy.accept(true);
    status.accept("Writing " + html.getFileName() + " and " + pdf.getFileName() + "…");
    Task<Void> write = new Task<>() {
      @Override
      protected Void call() {
        write(runs, html, pdf);
        return null;
      }
    };
    write.setOnSucceeded(done -> {
      busy.accept(false);
      status.accept("Exported " + html.getFileName() + " and " + pdf.getFileName() + " to " + html.toAbsolutePath().getParent());
    });
    write.setOnFailed(done -> {
      busy.accept(false);
      status.accept("Not exported: " + describe(write.getException()));
    });
    background.execute(write);
  }

  private static String describe(Throwable t) {
    return t instanceof InputException ? t.getMessage() : t.toString();
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
