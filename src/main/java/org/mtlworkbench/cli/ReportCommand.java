package org.mtlworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.store.RunReader;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.report.CsvExport;
import org.mtlworkbench.report.HtmlReport;
import org.mtlworkbench.report.OutputFiles;
import org.mtlworkbench.report.PdfReport;
import org.mtlworkbench.report.study.StudyReport;
import org.mtlworkbench.study.StudyDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report RUN_DIR... --html FILE --pdf FILE}: a run's report, or a comparison of several runs. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the report of a run directory, with several a comparison, or of a study directory (sweep's): one"
          + " self-contained HTML file (charts inline,"
          + " opens offline), the same as PDF, and CSV.",
      "Every output is written to a temporary file and moved into place when complete."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR",
      description = "Run directories (written by train or the app), or one study directory (written by sweep).")
  List<Path> runDirs;

  @Option(names = "--html", paramLabel = "FILE", description = "The report as one self-contained HTML file.")
  Path html;

  @Option(names = "--pdf", paramLabel = "FILE", description = "The same report as PDF.")
  Path pdf;

  @Option(names = "--csv", paramLabel = "FILE", description = "Every metrics row of every run, full resolution, with a run column.")
  Path csv;

  @Option(names = "--summary-csv", paramLabel = "FILE", description = "Final metrics per run, split, task and metric, with baseline and Δ.")
  Path summaryCsv;

  @Override
  public Integer call() {
    List<Path> outputs = new ArrayList<>();
    for (Path p : new Path[] {html, pdf, csv, summaryCsv}) {
      if (p != null) {
        OutputFiles.checkWritable(p);
        outputs.add(p);
      }
    }
    if (outputs.isEmpty()) {
      throw new InputException("nothing to write: give at least one of --html FILE, --pdf FILE, --csv FILE, --summary-csv FILE");
    }
    if (runDirs.size() == 1 && StudyDirectory.isStudy(runDirs.get(0))) {
      return study(runDirs.get(0));
    }
    List<StoredRun> runs = new ArrayList<>();
    for (Path dir : runDirs) {
      if (!Files.exists(dir)) {
        throw new InputException(dir + ": no such folder");
      }
      if (!Files.isDirectory(dir)) {
        throw new InputException(dir + ": not a folder; give a run directory");
      }
      runs.add(RunReader.read(dir));
    }
    PrintWriter out = spec.commandLine().getOut();
    String page = html != null || pdf != null ? HtmlReport.render(runs) : null;
    if (html != null) {
      byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      OutputFiles.write(html, o -> o.write(bytes));
      out.println("report: " + html);
    }
    if (pdf != null) {
      PdfReport.writeXhtml(page, pdf);
      out.println("report: " + pdf);
    }
    if (csv != null) {
      CsvExport.metrics(runs, csv);
      out.println("metrics: " + csv);
    }
    if (summaryCsv != null) {
      CsvExport.summary(runs, summaryCsv);
      out.println("summary: " + summaryCsv);
    }
    out.flush();
    return 0;
  }

  /** A study directory (sweep's): the study report, its table as CSV, its runs' final metrics. */
  private int study(Path dir) {
    PrintWriter out = spec.commandLine().getOut();
    if (html != null) {
      StudyReport.writeHtml(dir, html);
      out.println("report: " + html);
    }
    if (pdf != null) {
      StudyReport.writePdf(dir, pdf);
      out.println("report: " + pdf);
    }
    if (csv != null) {
      StudyReport.csv(dir, csv);
      out.println("table: " + csv);
    }
    if (summaryCsv != null) {
      StudyReport.summaryCsv(dir, summaryCsv);
      out.println("summary: " + summaryCsv);
    }
    out.flush();
    return 0;
  }
}
