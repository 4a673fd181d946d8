package org.mtlworkbench.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.store.RunFiles;
import org.mtlworkbench.store.RunManifest;
import org.mtlworkbench.store.StoredRun;
import org.mtlworkbench.store.TransferRow;
import org.mtlworkbench.store.TransferTable;

/**
 * CSV for scripts and spreadsheets. The metrics at full resolution: every row of every run's
 * metrics.csv, as written (never downsampled, unlike the charts), with the run's folder name in a
 * first column; runs with other columns (other shared layers) leave those cells empty. And the
 * summary: one row per run, split, task and metric with the single-task baseline and Δ where the
 * run was compared with baselines.
 */
public final class CsvExport {
  /** Header of the summary table. */
  public static final List<String> SUMMARY_HEADER = List.of("run", "split", "task", "metric", "value", "baseline", "delta");

  private CsvExport() {}

  /** Writes every metrics row of {@code runs} to {@code file} (replaced in one step). */
  public static void metrics(List<StoredRun> runs, Path file) {
    Set<String> columns = new LinkedHashSet<>();
    for (StoredRun run : runs) {
      columns.addAll(header(run.dir().resolve(RunFiles.METRICS)));
    }
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(columns);
    OutputFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
      csv.printRecord(all);
      for (StoredRun run : runs) {
        copyRows(run, columns, csv);
      }
      csv.flush();
    });
  }

  /** One run's rows, one run in memory at a time, cells in the order of {@code columns}. */
  private static void copyRows(StoredRun run, Set<String> columns, CSVPrinter csv) throws IOException {
    Path metrics = run.dir().resolve(RunFiles.METRICS);
    if (!Files.isRegularFile(metrics)) {
      return;
    }
    String name = RunLabels.folder(run);
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(completeLines(metrics)))) {
      List<String> header = p.getHeaderNames();
      int[] at = columns.stream().mapToInt(header::indexOf).toArray();
      List<String> line = new ArrayList<>(at.length + 1);
      for (CSVRecord r : p) {
        if (r.size() != header.size()) {
          continue; // a row cut short by a crash
        }
        line.clear();
        line.add(name);
        for (int c : at) {
          line.add(c < 0 ? "" : r.get(c));
        }
        csv.printRecord(line);
      }
    } catch (RuntimeException e) {
      throw new InputException(metrics + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The column names of a metrics.csv (none when it does not exist). */
  private static List<String> header(Path metrics) {
    if (!Files.isRegularFile(metrics)) {
      return List.of();
    }
    try (var in = Files.newBufferedReader(metrics, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        return List.of();
      }
      try (CSVParser p = CSVFormat.DEFAULT.parse(new StringReader(first))) {
        return p.getRecords().get(0).toList();
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(metrics + ": cannot read the header: " + e.getMessage(), e);
    }
  }

  /** Writes the summary table ({@link #SUMMARY_HEADER}) of {@code runs} to {@code file}. */
  public static void summary(List<StoredRun> runs, Path file) {
    List<List<String>> rows = summaryRows(runs);
    OutputFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
      csv.printRecord(SUMMARY_HEADER);
      for (List<String> r : rows) {
        csv.printRecord(r);
      }
      csv.flush();
    });
  }

  /** The rows of the summary table; baseline and delta are empty where there is no comparison. */
  public static List<List<String>> summaryRows(List<StoredRun> runs) {
    List<List<String>> rows = new ArrayList<>();
    for (StoredRun run : runs) {
      RunManifest m = run.manifest();
      if (m.finalMetrics() == null) {
        continue;
      }
      m.finalMetrics().forEach((split, byTask) -> byTask.forEach((task, values) -> values.forEach((metric, value) -> {
        TransferRow t = transfer(m, split, task, metric);
        rows.add(List.of(RunLabels.folder(run), split, task, metric, number(value), t == null ? "" : number(t.stlMean()),
            t == null ? "" : number(t.deltaMean())));
      })));
    }
    return rows;
  }

  private static TransferRow transfer(RunManifest m, String split, String task, String metric) {
    if (m.transfer() == null || m.transfer().splits() == null) {
      return null;
    }
    TransferTable table = m.transfer().splits().get(split);
    if (table == null) {
      return null;
    }
    return table.tasks().stream().filter(r -> r.task().equals(task) && r.metric().equals(metric)).findFirst().orElse(null);
  }

  private static String number(Double v) {
    return v == null || v.isNaN() ? "" : Double.toString(v);
  }

  /** The file's text up to its last line break: a line being written (or cut by a crash) is left out. */
  private static String completeLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    return end < 0 ? "" : text.substring(0, end + 1);
  }
}
