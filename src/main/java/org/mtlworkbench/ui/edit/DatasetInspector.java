package org.mtlworkbench.ui.edit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mtlworkbench.common.InputException;
import org.mtlworkbench.data.CsvDatasetLoader;
import org.mtlworkbench.data.CsvOptions;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.data.Dataset;
import org.mtlworkbench.data.TargetColumn;

/**
 * Reads a dataset once to describe it for the editor: which columns are targets, of which type,
 * with how many labels. Slow for big files, so the window calls it off the UI thread.
 *
 * <p>The targets of a CSV file are the columns that the experiment's tasks name plus, when the
 * experiment lists its feature columns, every other column; a generator's are all it generates.
 */
public final class DatasetInspector {
  private DatasetInspector() {}

  /**
   * @param data the experiment's data section
   * @param baseDir folder a relative CSV path is relative to
   * @param taskTargets targets of the experiment's tasks
   */
  public static DatasetInfo inspect(DataSpec data, Path baseDir, List<String> taskTargets) {
    Dataset dataset;
    if (data.generator() != null) {
      dataset = data.generator().generate();
    } else {
      Path file = resolve(data.csv(), baseDir);
      Set<String> targets = new LinkedHashSet<>(taskTargets);
      if (data.features() != null) {
        for (String column : header(file)) {
          if (!data.features().contains(column)) {
            targets.add(column);
          }
        }
      }
      if (targets.isEmpty()) {
        throw new InputException(file.getFileName() + ": no target columns: name them as tasks or list the features");
      }
      try {
        dataset = CsvDatasetLoader.load(file, new CsvOptions(new ArrayList<>(targets), data.features(), data.imputation(), null));
      } catch (InputException e) {
        if (targets.size() == taskTargets.size() || taskTargets.isEmpty()) {
          throw e;
        }
        // A column left out of the features may be one the user ignored (an identifier, notes):
        // the tasks' own targets still make a palette.
        dataset = CsvDatasetLoader.load(file, new CsvOptions(taskTargets, data.features(), data.imputation(), null));
      }
    }
    List<TargetInfo> infos = new ArrayList<>();
    for (TargetColumn t : dataset.targets()) {
      infos.add(TargetInfo.detected(t.name(), t.type(), t.labelledCount(), t.classCount()));
    }
    return new DatasetInfo(dataset.name(), dataset.rows(), dataset.featureNames(), infos);
  }

  /** A CSV path of an experiment resolved against the experiment's folder. */
  public static Path resolve(String csv, Path baseDir) {
    Path file = Path.of(csv);
    return file.isAbsolute() || baseDir == null ? file : baseDir.resolve(file);
  }

  /** The column names of a CSV file's header line. */
  static List<String> header(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.DEFAULT.parse(r)) {
      var it = p.iterator();
      if (!it.hasNext()) {
        throw new InputException(file.getFileName() + " is empty: expected a header line and rows");
      }
      CSVRecord header = it.next();
      List<String> names = new ArrayList<>();
      for (String cell : header) {
        names.add(cell.strip().replace("\uFEFF", ""));
      }
      return names;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
