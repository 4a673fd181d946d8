package org.mtlworkbench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mtlworkbench.data.DataSpec;
import org.mtlworkbench.data.FashionMnistFiles;
import org.mtlworkbench.data.MultiFashionSpec;
import org.mtlworkbench.experiment.ExperimentSpec;

/**
 * The data of an experiment as it travels to a cluster: which files the driver ships (the CSV
 * file; for Multi-Fashion the IDX files of the folder the driver would read, the dataset
 * package's where it is installed, else the shipped subset), and the experiment an executor
 * runs instead, reading its own copies of them. The rows are the same files, so the run is the
 * same; only the paths in its {@code run.json} name the executor's copies.
 *
 * <p>Generated data (correlated, imbalanced) travels as its settings: no file is shipped.
 */
public final class ShippedData {
  /** The folder, in an executor's study directory, where a Fashion-MNIST folder is laid out again. */
  static final String FASHION_FOLDER = ".data/fashion-mnist";

  private ShippedData() {}

  /**
   * The files an experiment reads, as absolute paths on this (the driver's) disk.
   *
   * @param baseDir the folder a relative CSV path is relative to (the experiment file's), or null
   */
  public static List<String> files(ExperimentSpec spec, Path baseDir) {
    DataSpec data = spec.data();
    if (data.csv() != null) {
      return List.of(csvPath(data, baseDir).toString());
    }
    if (data.generator() instanceof MultiFashionSpec mf) {
      Path folder = FashionMnistFiles.locate(mf.source());
      return FashionMnistFiles.files(folder).stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    }
    return List.of();
  }

  /**
   * An experiment as an executor runs it, and the paths to put back in what the run writes.
   *
   * @param spec reads the executor's copies of the data
   * @param paths the executor's data paths and the driver's they stand for ({@link DriverPaths})
   */
  record Placed(ExperimentSpec spec, DriverPaths paths) {}

  /**
   * The experiment as an executor runs it: reading the copies {@code local} finds of the files
   * {@link #files} named on the driver.
   *
   * @param driverFiles what {@link #files} gave on the driver
   * @param scratch a folder of the executor's own, where a Fashion-MNIST folder is laid out again
   */
  static Placed onExecutor(ExperimentSpec spec, List<String> driverFiles, LocalData local, Path scratch) {
    DataSpec data = spec.data();
    DriverPaths paths = new DriverPaths();
    if (data.csv() != null) {
      Path copy = local.file(driverFiles.get(0));
      paths.add(copy.toString(), data.csv(), driverFiles.get(0));
      return new Placed(spec.withData(new DataSpec(copy.toString(), null, data.features(), data.impute(), data.split(),
          data.standardize())), paths);
    }
    if (data.generator() instanceof MultiFashionSpec mf) {
      Path folder = scratch.resolve(FASHION_FOLDER);
      try {
        Files.createDirectories(folder);
        for (String driverFile : driverFiles) {
          Path link = folder.resolve(Path.of(driverFile).getFileName());
          if (!Files.exists(link)) {
            Files.createSymbolicLink(link, local.file(driverFile).toAbsolutePath());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lay out the Fashion-MNIST files in " + folder + ": " + e.getMessage(), e);
      }
      String here = folder.toAbsolutePath().toString();
      paths.add(here, mf.source(), driverFiles.isEmpty() ? mf.source() : Path.of(driverFiles.get(0)).getParent().toString());
      MultiFashionSpec mfHere = new MultiFashionSpec(here, mf.rows(), mf.pairing(), mf.resize(), mf.seed());
      return new Placed(spec.withData(new DataSpec(null, mfHere, data.features(), data.impute(), data.split(), data.standardize())),
          paths);
    }
    return new Placed(spec, paths);
  }

  private static Path csvPath(DataSpec data, Path baseDir) {
    Path file = Path.of(data.csv());
    if (!file.isAbsolute() && baseDir != null) {
      file = baseDir.resolve(file);
    }
    return file.toAbsolutePath().normalize();
  }
}
